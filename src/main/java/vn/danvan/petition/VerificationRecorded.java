package vn.danvan.petition;

import java.time.LocalDate;

/** A step of verification (xác minh) was recorded on a petition being resolved. */
public record VerificationRecorded(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
