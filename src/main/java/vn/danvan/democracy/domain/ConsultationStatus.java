package vn.danvan.democracy.domain;

/** Where a draft stands: being prepared, open for comments, closed, its synthesis published. */
public enum ConsultationStatus {
    DRAFT,
    OPEN,
    CLOSED,
    SYNTHESISED
}
