package vn.danvan.petition;

/** The seven criteria of a complex case (NĐ 124/2020 Đ.3a(1) as added by NĐ 155/2026 Đ.2); at least one is recorded. */
public enum ComplexityCriterion {
    /** a) Một nội dung nhưng phải xác minh từ 02 địa điểm trở lên. */
    SEVERAL_PLACES,
    /** b) Có từ 02 nội dung phải xác minh trở lên. */
    SEVERAL_CONTENTS,
    /** c) Nhiều người khiếu nại về cùng một nội dung hoặc liên quan đến quyền, lợi ích của nhiều người. */
    MANY_COMPLAINANTS,
    /** d) Người khiếu nại ở nước ngoài, là người nước ngoài; hành vi xảy ra hoặc phải xác minh ở nước ngoài. */
    FOREIGN_ELEMENT,
    /** đ) Liên quan đến trách nhiệm quản lý của nhiều cơ quan, tổ chức. */
    SEVERAL_BODIES_RESPONSIBLE,
    /** e) Các cơ quan, tổ chức có liên quan còn ý kiến khác nhau. */
    BODIES_DISAGREE,
    /** g) Tài liệu, chứng cứ mâu thuẫn với nhau cần thời gian kiểm tra, xác minh, đánh giá. */
    CONFLICTING_EVIDENCE
}
