package vn.danvan.petition;

import java.time.LocalDate;

/**
 * A recommendation or feedback was marked as being about administrative regulations (NĐ 20/2008/NĐ-CP am. NĐ
 * 92/2017/NĐ-CP): if the body is not competent it transfers it within 5 working days.
 */
public record RegulationFeedbackMarked(
        long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
