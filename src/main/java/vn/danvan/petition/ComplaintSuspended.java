package vn.danvan.petition;

import java.time.LocalDate;

/** The resolution of a complaint was suspended (tạm đình chỉ, Luật Khiếu nại Đ.11a). */
public record ComplaintSuspended(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
