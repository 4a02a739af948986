package vn.danvan.petition;

import java.time.LocalDate;

/** A petition was accepted for resolution (thụ lý). */
public record PetitionAccepted(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
