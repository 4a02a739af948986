package vn.danvan.reception;

public enum SessionState {
    SCHEDULED, HELD, CANCELLED
}
