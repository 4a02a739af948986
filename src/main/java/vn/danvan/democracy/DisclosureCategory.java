package vn.danvan.democracy;

/**
 * What a commune's government must make public: the 14 clauses of Luật THDCCS 2022 Đ.11 (docs/law/rules.md B3; the order
 * follows the Law's clauses, the wording is summarised [K]). The Vietnamese names are in
 * {@code i18n/democracy.properties} under {@code democracy.category.<NAME>}.
 */
public enum DisclosureCategory {
    /** Kế hoạch phát triển kinh tế – xã hội hằng năm. */
    SOCIO_ECONOMIC_PLAN(1),
    /** Dự toán, tình hình thực hiện, quyết toán ngân sách xã (quý, 6 tháng, năm). */
    BUDGET(2),
    /** Chủ trương, dự án đầu tư; kế hoạch sử dụng đất, thu hồi đất, bồi thường, hỗ trợ, tái định cư. */
    INVESTMENT_AND_LAND(3),
    /** Nhiệm vụ, quyền hạn của cán bộ, công chức cấp xã; quy chế thực hiện dân chủ. */
    DUTIES_AND_DEMOCRACY_RULES(4),
    /** Quản lý, sử dụng các quỹ, khoản đầu tư, tài trợ; các khoản huy động Nhân dân đóng góp. */
    FUNDS_AND_CONTRIBUTIONS(5),
    /** Quản lý, sử dụng tài sản công. */
    PUBLIC_ASSETS(6),
    /** Tiêu chuẩn, đối tượng, mức hỗ trợ chính sách an sinh xã hội và danh sách người được hưởng. */
    SOCIAL_SUPPORT(7),
    /** Phân bổ, sử dụng kinh phí, hàng hỗ trợ khắc phục thiên tai, dịch bệnh, sự cố. */
    DISASTER_RELIEF(8),
    /** Danh sách công dân gọi nhập ngũ, thực hiện nghĩa vụ quân sự, công an. */
    MILITARY_SERVICE(9),
    /** Kết luận thanh tra, kiểm tra; vụ việc tiêu cực, tham nhũng; kết quả lấy phiếu tín nhiệm. */
    INSPECTION_AND_CONFIDENCE(10),
    /** Nội dung lấy ý kiến Nhân dân và kết quả tiếp thu. */
    CONSULTATION_RESULTS(11),
    /** Các khoản phí, lệ phí. */
    FEES(12),
    /** Thủ tục hành chính. */
    ADMINISTRATIVE_PROCEDURES(13),
    /** Nội dung khác theo quy định của pháp luật hoặc chính quyền xã thấy cần thiết. */
    OTHER(14);

    private final int clause;

    DisclosureCategory(int clause) {
        this.clause = clause;
    }

    /** The clause of Luật THDCCS 2022 Đ.11 that names this category. */
    public int clause() {
        return clause;
    }

    /** "Đ.11(3)": the legal source, as pages show it. */
    public String source() {
        return "Luật THDCCS 2022 Đ.11(" + clause + ")";
    }
}
