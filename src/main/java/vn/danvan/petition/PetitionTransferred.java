package vn.danvan.petition;

import java.time.LocalDate;

/** A petition was transferred to the competent body (chuyển đơn). */
public record PetitionTransferred(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
