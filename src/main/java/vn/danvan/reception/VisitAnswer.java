package vn.danvan.reception;

/**
 * What the person received is told within 10 working days of the reception (Luật Tiếp công dân 2013 Đ.28(1);
 * docs/law/rules.md A1 row 2).
 */
public enum VisitAnswer {
    /** Đã thụ lý. */
    ACCEPTED,
    /** Cần thêm thời gian để xem xét, xác minh. */
    NEEDS_MORE_TIME,
    /** Không thụ lý: không thuộc thẩm quyền hoặc không đủ điều kiện. */
    DECLINED,
    /** Đã chuyển đến cơ quan có thẩm quyền. */
    TRANSFERRED
}
