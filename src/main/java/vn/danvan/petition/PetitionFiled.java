package vn.danvan.petition;

import java.time.LocalDate;

/** A petition was filed without handling (lưu đơn). */
public record PetitionFiled(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
