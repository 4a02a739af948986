package vn.danvan.petition;

/** A written decision of a complaint's resolution that must reach the parties within its period. */
public enum DecisionKind {
    /** Quyết định giải quyết khiếu nại lần đầu: gửi trong 03 ngày làm việc (Luật Khiếu nại 2011 Đ.32). */
    RESOLUTION,
    /** Quyết định tạm đình chỉ (Mẫu 14a): 03 ngày làm việc kể từ ngày ban hành (NĐ 124/2020 Đ.28b(1)). */
    SUSPENSION,
    /** Quyết định tiếp tục giải quyết (Mẫu 14b): 03 ngày làm việc (NĐ 124/2020 Đ.28b(2)). */
    RESUMPTION,
    /** Quyết định đình chỉ (Mẫu 14a): 03 ngày làm việc (NĐ 124/2020 Đ.28b(1)). */
    TERMINATION
}
