package vn.danvan.petition;

import java.time.LocalDate;

/**
 * The initial processing of a denunciation takes the 10-working-day variant: verification at several places or
 * delegation is needed (Luật Tố cáo 2018 Đ.24(1)).
 */
public record ProcessingPeriodExtended(
        long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
