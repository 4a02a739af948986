package vn.danvan.petition;

import java.time.LocalDate;

/** A decision of a complaint's resolution was sent to the parties (Luật Khiếu nại Đ.32; NĐ 124/2020 Đ.28b). */
public record DecisionSent(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
