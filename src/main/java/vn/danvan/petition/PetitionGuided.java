package vn.danvan.petition;

import java.time.LocalDate;

/** The petitioner was guided to the competent body (hướng dẫn). */
public record PetitionGuided(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
