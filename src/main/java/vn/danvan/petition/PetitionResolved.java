package vn.danvan.petition;

import java.time.LocalDate;

/** A petition was resolved: decided, concluded, answered or withdrawn. */
public record PetitionResolved(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
