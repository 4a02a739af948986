package vn.danvan.reception.domain;

/** Where a reception session stands: on the schedule, held, or cancelled. */
public enum SessionState {
    SCHEDULED,
    HELD,
    CANCELLED
}
