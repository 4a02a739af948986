package vn.danvan.reception;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The grounds on which a person may be refused reception — Luật Tiếp công dân 2013 Đ.9, detailed from 1/7/2026 by
 * NĐ 154/2026/NĐ-CP Đ.4(1); a closed list (docs/law/rules.md A4). A ground marked {@code writtenNotice} is, from
 * 1/7/2026, notified in writing (Mẫu 01/TCD) within 3 working days of having it (NĐ 154/2026 Đ.4(3)); on the others
 * the officer explains the refusal to the person directly (Đ.4(2)).
 */
public enum RefusalGround {
    /** Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức. */
    INCAPACITATED("Luật Tiếp công dân 2013 Đ.9(1)", false, null),
    /** Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân, hoặc vi phạm nội quy nơi tiếp công dân. */
    THREATENING_OR_DISRUPTIVE("Luật Tiếp công dân 2013 Đ.9(2)", false, null),
    /** Vụ việc đã giải quyết đúng chính sách, pháp luật, đã kiểm tra, rà soát, thông báo bằng văn bản, đã được tiếp và giải thích nhưng vẫn cố tình khiếu nại, tố cáo kéo dài. */
    ALREADY_RESOLVED_PERSISTING("Luật Tiếp công dân 2013 Đ.9(3); NĐ 154/2026/NĐ-CP Đ.4(3)", true, null),
    /** Trường hợp khác theo quy định của pháp luật. */
    OTHER_LEGAL_CASE("Luật Tiếp công dân 2013 Đ.9(4); NĐ 154/2026/NĐ-CP Đ.4(1)", false, null),
    /**
     * Kiến nghị, phản ánh về vụ việc đã được tiếp, hướng dẫn hoặc trả lời bằng văn bản đúng quy định, không có nội dung,
     * tình tiết mới — from 1/7/2026.
     */
    ALREADY_ANSWERED_NO_NEW_FACTS("NĐ 154/2026/NĐ-CP Đ.4(1)(h), Đ.4(3)", true, LocalDate.of(2026, 7, 1)),
    /** Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ, chất nguy hiểm mà không gửi, giao nộp theo yêu cầu — from 1/7/2026. */
    CARRYING_WEAPONS("NĐ 154/2026/NĐ-CP Đ.4(1)(a)", false, LocalDate.of(2026, 7, 1)),
    /** Không chấp hành việc kiểm tra an ninh — from 1/7/2026. */
    REFUSING_SECURITY_CHECK("NĐ 154/2026/NĐ-CP Đ.4(1)(b)", false, LocalDate.of(2026, 7, 1)),
    /** Tự ý ghi âm, ghi hình, phát trực tiếp khi người chủ trì đã yêu cầu không, hoặc gây ảnh hưởng an ninh, trật tự. */
    RECORDING_AGAINST_REQUEST("NĐ 154/2026/NĐ-CP Đ.4(1)(c)", false, LocalDate.of(2026, 7, 1)),
    /** Kích động, lôi kéo, gây rối trật tự công cộng tại nơi tiếp công dân — from 1/7/2026. */
    INCITING_DISORDER("NĐ 154/2026/NĐ-CP Đ.4(1)(d)", false, LocalDate.of(2026, 7, 1)),
    /** Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp — from 1/7/2026. */
    NO_CAPACITY_NO_REPRESENTATIVE("NĐ 154/2026/NĐ-CP Đ.4(1)(đ)", false, LocalDate.of(2026, 7, 1)),
    /** Người đại diện, người được ủy quyền không xuất trình được giấy tờ chứng minh tư cách — from 1/7/2026. */
    REPRESENTATIVE_WITHOUT_PROOF("NĐ 154/2026/NĐ-CP Đ.4(1)(e)", false, LocalDate.of(2026, 7, 1)),
    /** Nội dung không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh — from 1/7/2026. */
    OUTSIDE_PETITION_SCOPE("NĐ 154/2026/NĐ-CP Đ.4(1)(g)", false, LocalDate.of(2026, 7, 1)),
    /** Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực, không thuộc trường hợp xem xét lại — from 1/7/2026. */
    FINAL_COURT_JUDGMENT("NĐ 154/2026/NĐ-CP Đ.4(1)(i)", false, LocalDate.of(2026, 7, 1)),
    /** Vụ việc đang được cơ quan có thẩm quyền khác thụ lý, giải quyết — from 1/7/2026. */
    HANDLED_ELSEWHERE("NĐ 154/2026/NĐ-CP Đ.4(1)(k)", false, LocalDate.of(2026, 7, 1));

    private final String source;
    private final boolean writtenNotice;
    private final @Nullable LocalDate effectiveFrom;

    RefusalGround(String source, boolean writtenNotice, @Nullable LocalDate effectiveFrom) {
        this.source = source;
        this.writtenNotice = writtenNotice;
        this.effectiveFrom = effectiveFrom;
    }

    public String source() {
        return source;
    }

    /** Whether a refusal on this ground is notified in writing (Mẫu 01/TCD), where the notice rule is in force. */
    public boolean writtenNotice() {
        return writtenNotice;
    }

    public @Nullable LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean isEffectiveOn(LocalDate day) {
        return effectiveFrom == null || !day.isBefore(effectiveFrom);
    }
}
