package vn.danvan.petition;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * What a complaint's decision or a denunciation's conclusion orders or recommends, counted by the result forms of
 * the inspectorate's reporting regime (Biểu 03 kết quả giải quyết khiếu nại, Biểu 04 kết quả giải quyết tố cáo,
 * Thông tư 02/2021/TT-TTCP — columns [K], see docs/rules). Every figure is optional: zero when not given.
 *
 * @param moneyToStateVnd money recommended for recovery to the State (kiến nghị thu hồi cho Nhà nước), in đồng
 * @param landToStateM2 land recommended for recovery to the State, in m²
 * @param moneyToCitizensVnd money to be returned to citizens or organisations (trả lại cho công dân), in đồng
 * @param landToCitizensM2 land to be returned to citizens or organisations, in m²
 * @param peopleRightsRestored people whose rights and interests were restored (số người được trả lại quyền lợi)
 * @param peopleRecommendedForSanction people recommended for administrative sanction (kiến nghị xử lý hành chính)
 * @param transferredToInvestigation whether the case was transferred to the investigating body (chuyển cơ quan
 *     điều tra)
 * @param subjectsTransferredToInvestigation people transferred to the investigating body (số đối tượng)
 */
public record ResolutionFigures(
        @PositiveOrZero long moneyToStateVnd,
        @PositiveOrZero long landToStateM2,
        @PositiveOrZero long moneyToCitizensVnd,
        @PositiveOrZero long landToCitizensM2,
        @PositiveOrZero int peopleRightsRestored,
        @PositiveOrZero int peopleRecommendedForSanction,
        boolean transferredToInvestigation,
        @PositiveOrZero int subjectsTransferredToInvestigation) {

    public static final ResolutionFigures NONE = new ResolutionFigures(0, 0, 0, 0, 0, 0, false, 0);

    /** Whether any figure is negative (the API's validation refuses it first; the service checks again). */
    public boolean anyNegative() {
        return moneyToStateVnd < 0
                || landToStateM2 < 0
                || moneyToCitizensVnd < 0
                || landToCitizensM2 < 0
                || peopleRightsRestored < 0
                || peopleRecommendedForSanction < 0
                || subjectsTransferredToInvestigation < 0;
    }
}
