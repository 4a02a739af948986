package vn.danvan.petition;

/**
 * The written notices (thông báo, phiếu) a case requires, each issued as a PDF from its template
 * {@code notices/<kind in lower case, '-' for '_'>.txt}; which fact issues which notice to whom is the table in
 * {@code domain/NoticeRules}. To add a kind: a constant here, its template, a row in that table, and its name in
 * the bundle ({@code notice.kind.<KIND>}).
 */
public enum NoticeKind {
    /** Thông báo thụ lý (Luật Khiếu nại 2011 Đ.27; Luật Tố cáo 2018 Đ.29(2)–(3)). */
    ACCEPTANCE,
    /** Thông báo không thụ lý / lưu đơn, with the reasons (Luật Khiếu nại 2011 Đ.11, Đ.27; Luật TCD 2013 Đ.28). */
    REFUSAL,
    /** Văn bản hướng dẫn (Luật TCD 2013 Đ.28(1); TT 05/2021/TT-TTCP). */
    GUIDANCE,
    /** Phiếu chuyển đơn to the competent body (TT 05/2021/TT-TTCP Mẫu 03). */
    TRANSFER_SLIP,
    /** Thông báo việc chuyển đơn, to the petitioner (Luật Tố cáo 2018 Đ.24(1); Luật TCD 2013 Đ.28(1)). */
    TRANSFER,
    /** Thông báo gia hạn giải quyết (Luật Tố cáo 2018 Đ.30; Luật Khiếu nại 2011 Đ.28). */
    EXTENSION,
    /** Gửi quyết định giải quyết / kết luận / văn bản trả lời (Luật KN 2011 Đ.32; Luật TC 2018 Đ.35, Đ.40). */
    DECISION;

    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
