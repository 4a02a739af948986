package vn.danvan.petition;

import java.time.LocalDate;

/** A handler was assigned to a petition. */
public record PetitionAssigned(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
