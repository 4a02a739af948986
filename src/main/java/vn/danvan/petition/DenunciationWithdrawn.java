package vn.danvan.petition;

import java.time.LocalDate;

/**
 * The denouncer withdrew the denunciation (Luật Tố cáo 2018 Đ.33; NĐ 31/2019 Đ.4 am. NĐ 156/2026). The state tells
 * what followed: still ACCEPTED when resolution continues, RESOLVED when it was terminated (đình chỉ).
 */
public record DenunciationWithdrawn(
        long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
