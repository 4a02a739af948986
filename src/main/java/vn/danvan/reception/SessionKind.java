package vn.danvan.reception;

/** Tiếp thường xuyên (by the reception staff), định kỳ or đột xuất (led by a head). */
public enum SessionKind {
    REGULAR,
    PERIODIC,
    AD_HOC;

    public boolean headLed() {
        return this != REGULAR;
    }
}
