package vn.danvan.petition;

import java.time.LocalDate;

/** A petition passed its processing or resolution deadline; published once per deadline. */
public record DeadlineMissed(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
