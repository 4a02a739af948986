package vn.danvan.democracy.domain;

import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayCount;

/**
 * The rule table of "dân kiểm tra, giám sát" (Luật THDCCS 2022 Đ.30–45; Luật MTTQ 2015 Đ.25–30; NQLT
 * 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN): the size of the boards, the dates of the Front's supervision, the answer
 * owed to a recommendation and the citizens' yearly rating. {@link SupervisionRules} applies them over the working
 * calendar; the rule book shows them as {@code democracy.oversight}.
 */
public enum SupervisionRule {

    /** Luật THDCCS 2022 Đ.36–40: as many members as the commune has hamlets and residential groups, at least 5. */
    PEOPLES_INSPECTION_MEMBERS(
            "Số thành viên Ban Thanh tra nhân dân ở xã",
            5,
            null,
            "bằng số thôn, tổ dân phố của xã, ít nhất 05 người",
            "Luật THDCCS 2022 Đ.36–40 (docs/law/rules.md B3)",
            false),
    /** Luật THDCCS 2022 Đ.41–45: a community investment-supervision board has at least 5 members. */
    INVESTMENT_SUPERVISION_MEMBERS(
            "Số thành viên Ban Giám sát đầu tư của cộng đồng",
            5,
            null,
            "ít nhất 05 người (Mặt trận xã, Ban Thanh tra nhân dân, người dân ở thôn có dự án)",
            "Luật THDCCS 2022 Đ.41–45 (docs/law/rules.md B3)",
            false),
    /** NQLT 403/2017 Đ.7: the decision forming the team reaches the supervised body at least 15 days ahead. */
    SUPERVISION_DECISION_LEAD(
            "Gửi quyết định, kế hoạch giám sát cho đối tượng được giám sát",
            15,
            DayCount.CALENDAR_DAYS,
            "chậm nhất 15 ngày trước buổi làm việc đầu tiên",
            "NQLT 403/2017 Đ.7 (docs/law/rules.md A1 row 10)",
            false),
    /** NQLT 403/2017 Đ.7: the supervised body sends its own report at least 7 days ahead. */
    SUPERVISED_REPORT_LEAD(
            "Đối tượng được giám sát gửi báo cáo cho đoàn giám sát",
            7,
            DayCount.CALENDAR_DAYS,
            "chậm nhất 07 ngày trước buổi làm việc đầu tiên",
            "NQLT 403/2017 Đ.7 (docs/law/rules.md A1 row 10)",
            false),
    /** NQLT 403/2017 Đ.9: the team reports within 15 days after its last working session. */
    TEAM_REPORT(
            "Báo cáo kết quả giám sát của đoàn",
            15,
            DayCount.CALENDAR_DAYS,
            "trong 15 ngày kể từ buổi làm việc cuối cùng",
            "NQLT 403/2017 Đ.9 (docs/law/rules.md A1 row 10)",
            false),
    /**
     * Luật MTTQ 2015 Đ.29 and Luật THDCCS 2022 Đ.36–45 oblige the addressee to consider and answer, without a
     * number of days: the period is the platform's default, configurable ({@code
     * danvan.democracy.oversight.answer-days}, {@code .answer-count}).
     */
    RECOMMENDATION_ANSWER(
            "Trả lời kiến nghị sau kiểm tra, giám sát",
            30,
            DayCount.CALENDAR_DAYS,
            "trong 30 ngày kể từ ngày nhận kiến nghị (mặc định, luật không quy định số ngày)",
            "Luật MTTQ 2015 Đ.29; Luật THDCCS 2022 Đ.36–45 (docs/law/rules.md A1 row 10); xem C3",
            true),
    /** Luật THDCCS 2022 Đ.34(1): the people rate their commune's government and officials; once a year here. */
    CITIZEN_RATING(
            "Nhân dân đánh giá sự hài lòng đối với chính quyền, cán bộ, công chức xã",
            1,
            null,
            "mỗi công dân 01 phiếu mỗi năm cho xã nơi mình cư trú; tiêu chí mặc định, địa phương điều chỉnh",
            "Luật THDCCS 2022 Đ.34(1) (docs/law/rules.md B3)",
            true);

    private final String title;
    private final int number;
    private final @Nullable DayCount dayType;
    private final String wording;
    private final String source;
    private final boolean configurable;

    SupervisionRule(
            String title, int number, @Nullable DayCount dayType, String wording, String source, boolean configurable) {
        this.title = title;
        this.number = number;
        this.dayType = dayType;
        this.wording = wording;
        this.source = source;
        this.configurable = configurable;
    }

    public String title() {
        return title;
    }

    /** The law's figure: members, days or ratings a year. */
    public int number() {
        return number;
    }

    public @Nullable DayCount dayType() {
        return dayType;
    }

    public String wording() {
        return wording;
    }

    public String source() {
        return source;
    }

    public boolean configurable() {
        return configurable;
    }
}
