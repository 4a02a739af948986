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
    ALREADY_ANSWERED_NO_NEW_FACTS("NĐ 154/2026/NĐ-CP Đ.4(1)(h), Đ.4(3)", true, LocalDate.of(2026, 7, 1));

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
