package vn.danvan.petition;

/** The processing decision (xử lý đơn) — docs/law/rules.md A1 row 1, A4. */
public enum Decision {
    /** Thụ lý: within the body's jurisdiction. */
    ACCEPT,
    /** Hướng dẫn: tell the petitioner where to go (once). */
    GUIDE,
    /** Chuyển đơn to the competent body (once per content). */
    TRANSFER,
    /** Lưu đơn, with a ground from {@link FilingGround}. */
    FILE,
    /** Trả lại đơn và giấy tờ. */
    RETURN
}
