package vn.danvan.petition;

import java.time.LocalDate;

/** A resolved petition was closed. */
public record PetitionClosed(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
