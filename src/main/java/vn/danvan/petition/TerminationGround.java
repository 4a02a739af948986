package vn.danvan.petition;

/**
 * Grounds to terminate (đình chỉ) the resolution of a complaint (Luật Khiếu nại Đ.11a(2) as added by Luật 136/2025/QH15;
 * NĐ 124/2020 Đ.7a(2), Đ.28b as amended by NĐ 155/2026). Points other than the withdrawal and the death or end of the
 * complainant, which the decree names, are [K].
 */
public enum TerminationGround {
    /** Người khiếu nại rút toàn bộ khiếu nại; nhiều người cùng khiếu nại mà tất cả đều rút (NĐ 124/2020 Đ.7a(2)). */
    WITHDRAWN,
    /** Cá nhân chết không có người thừa kế; tổ chức giải thể, phá sản, chấm dứt hoạt động (Đ.11a(2)(b); Đ.28b(1)). */
    COMPLAINANT_DIED_OR_DISSOLVED,
    /** Người khiếu nại khởi kiện vụ án hành chính và Tòa án đã thụ lý [K]. */
    COURT_SEIZED,
    /** Hết căn cứ tạm đình chỉ mà người khiếu nại không tiếp tục khiếu nại [K]. */
    NOT_CONTINUED_AFTER_SUSPENSION,
    /** Căn cứ khác theo quy định của pháp luật. */
    OTHER
}
