package vn.danvan.democracy.domain;

/** Where an item stands against its due date: the columns of the compliance view. */
public enum DisclosureStatus {
    /** Not yet published, not yet due. */
    PENDING,
    /** Published on or before its due date. */
    ON_TIME,
    /** Published after its due date. */
    LATE,
    /** Not published and its due date has passed. */
    OVERDUE
}
