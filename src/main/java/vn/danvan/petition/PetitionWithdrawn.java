package vn.danvan.petition;

import java.time.LocalDate;

/** A complainant withdrew all or part of a complaint (rút khiếu nại, Luật 136/2025/QH15; NĐ 124/2020 Đ.7a). */
public record PetitionWithdrawn(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
