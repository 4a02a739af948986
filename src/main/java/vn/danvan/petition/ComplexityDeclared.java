package vn.danvan.petition;

import java.time.LocalDate;

/** A case was declared complex, in writing, with its criteria (NĐ 124/2020 Đ.3a; Luật Tố cáo Đ.30(1)). */
public record ComplexityDeclared(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
