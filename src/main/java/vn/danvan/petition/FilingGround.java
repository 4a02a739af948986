package vn.danvan.petition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Closed list of grounds for filing (lưu đơn) or not accepting a petition — docs/law/rules.md A4
 * (Luật Khiếu nại 2011 Đ.11; Luật Tố cáo 2018 Đ.24(3), Đ.25, Đ.29(1); TT 05/2021/TT-TTCP).
 */
public enum FilingGround {
    /** Đơn trùng nội dung đã được xử lý (TT 05/2021). */
    DUPLICATE(EnumSet.allOf(PetitionType.class)),
    /** Đơn nặc danh, mạo danh, không rõ người viết (Luật TC Đ.25; TT 05/2021). */
    ANONYMOUS(EnumSet.allOf(PetitionType.class)),
    /** Đã được hướng dẫn nhưng vẫn gửi đến cơ quan không có thẩm quyền (Luật TC Đ.24(3)). */
    ALREADY_GUIDED(EnumSet.allOf(PetitionType.class)),
    /** Tố cáo gửi đồng thời nhiều nơi, trong đó có cơ quan có thẩm quyền (Luật TC Đ.24(3)). */
    SENT_TO_COMPETENT_BODY_TOO(EnumSet.of(PetitionType.DENUNCIATION)),
    /** Khiếu nại quyết định hành chính nội bộ, văn bản QPPL, bí mật nhà nước (Luật KN Đ.11(1)). */
    INTERNAL_OR_NORMATIVE_ACT(EnumSet.of(PetitionType.COMPLAINT)),
    /** Không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (Luật KN Đ.11(2)). */
    NO_DIRECT_INTEREST(EnumSet.of(PetitionType.COMPLAINT)),
    /** Người khiếu nại không có năng lực hành vi, không có người đại diện hợp pháp (Luật KN Đ.11(3)). */
    NO_LEGAL_CAPACITY(EnumSet.of(PetitionType.COMPLAINT, PetitionType.DENUNCIATION)),
    /** Người đại diện không hợp pháp (Luật KN Đ.11(4)). */
    ILLEGAL_REPRESENTATIVE(EnumSet.of(PetitionType.COMPLAINT)),
    /** Đơn không có chữ ký hoặc điểm chỉ (Luật KN Đ.11(5)). */
    NOT_SIGNED(EnumSet.of(PetitionType.COMPLAINT, PetitionType.DENUNCIATION)),
    /** Hết thời hiệu mà không có lý do chính đáng (Luật KN Đ.11(6), Đ.9). */
    TIME_BARRED(EnumSet.of(PetitionType.COMPLAINT)),
    /** Đã có quyết định giải quyết khiếu nại lần hai (Luật KN Đ.11(7)). */
    SECOND_INSTANCE_DECIDED(EnumSet.of(PetitionType.COMPLAINT)),
    /** Tạm đình chỉ, quá 30 ngày không tiếp tục (Luật KN Đ.11(8)). */
    SUSPENDED_NOT_CONTINUED(EnumSet.of(PetitionType.COMPLAINT)),
    /** Tòa án đã thụ lý hoặc đã có bản án, quyết định (Luật KN Đ.11(9)). */
    COURT_SEIZED(EnumSet.of(PetitionType.COMPLAINT)),
    /** Nội dung không rõ người, hành vi vi phạm (Luật TC Đ.29(1)(d)). */
    NO_IDENTIFIABLE_VIOLATION(EnumSet.of(PetitionType.DENUNCIATION)),
    /** Khiếu nại lần hai ngoài thời hạn 30 ngày (vùng sâu, vùng xa 45) (Luật KN Đ.33; kỷ luật: Đ.50). */
    SECOND_COMPLAINT_OUT_OF_TIME(EnumSet.of(PetitionType.COMPLAINT)),
    /** Nội dung đã rút khiếu nại, không bị ép buộc (Luật KN Đ.10 sửa đổi bởi Luật 136/2025/QH15). */
    WITHDRAWN_CONTENT(EnumSet.of(PetitionType.COMPLAINT)),
    /**
     * Qua xác minh không xác định được người tố cáo, hoặc người tố cáo dùng họ tên người khác: không xử lý theo Luật
     * Tố cáo; nếu nội dung rõ, có chứng cứ cụ thể thì dùng cho thanh tra, kiểm tra (Luật TC Đ.25).
     */
    UNVERIFIED_DENOUNCER(EnumSet.of(PetitionType.DENUNCIATION));

    private final Set<PetitionType> appliesTo;

    FilingGround(Set<PetitionType> appliesTo) {
        this.appliesTo = appliesTo;
    }

    public boolean appliesTo(PetitionType type) {
        return appliesTo.contains(type);
    }
}
