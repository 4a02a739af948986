package vn.danvan.petition;

import java.time.LocalDate;

/** The resolution of a suspended complaint was resumed; its period runs again from this day (NĐ 124/2020 Đ.28b(2)). */
public record ComplaintResumed(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
