package vn.danvan.programme;

/** The Party committee's decision on a proposal of advice (tham mưu, đề xuất). */
public enum AdviceOutcome {
    ADOPTED,
    ADOPTED_WITH_CHANGES,
    NOT_ADOPTED
}
