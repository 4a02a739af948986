package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayCount;

/**
 * The rule table of relief campaigns (NĐ 93/2021/NĐ-CP, in force from 11/12/2021, replacing NĐ 64/2008;
 * docs/law/rules.md A1 row 13 and B10). The decree writes "ngày", so every period is in calendar days
 * (docs/law/rules.md A1: working days only where the text says "ngày làm việc"); the day of the event is not counted
 * and a period whose last day is a day off ends on the next working day (Bộ luật Dân sự 2015 Đ.147, 148(5)). A duty
 * to publish "before" a day is moved earlier, to the working day before, instead.
 */
public enum CampaignRule {
    /** Đ.8: "ngay sau khi" the disaster, epidemic or incident: the campaign is launched at once. */
    LAUNCH(
            "Phát động cuộc vận động",
            "Ngay sau khi xảy ra thiên tai, dịch bệnh, sự cố",
            null,
            0,
            "NĐ 93/2021/NĐ-CP Đ.8",
            false),
    /** Đ.8: receiving lasts at most 90 days from the launch; Ban Vận động cấp tỉnh or above may extend it. */
    RECEIVING_PERIOD(
            "Thời gian tiếp nhận",
            "Không quá 90 ngày kể từ ngày phát động; Ban Vận động cấp tỉnh trở lên có thể gia hạn",
            DayCount.CALENDAR_DAYS,
            90,
            "NĐ 93/2021/NĐ-CP Đ.8",
            false),
    /** Đ.8: distribution ends at most 20 days after receiving ends. */
    DISTRIBUTION_PERIOD(
            "Thời gian phân phối",
            "Kết thúc chậm nhất 20 ngày sau khi kết thúc tiếp nhận",
            DayCount.CALENDAR_DAYS,
            20,
            "NĐ 93/2021/NĐ-CP Đ.8",
            false),
    /** Đ.14: the call for contributions is published at once. */
    PUBLISH_CALL(
            "Công khai văn bản kêu gọi",
            "Ngay khi phát động",
            DayCount.CALENDAR_DAYS,
            0,
            "NĐ 93/2021/NĐ-CP Đ.14",
            false),
    /** Đ.14: the time, place and way of receiving are published 1 to 3 days before receiving starts. */
    PUBLISH_RECEIVING_DETAILS(
            "Công khai thời gian, địa điểm, cách thức tiếp nhận",
            "Từ 1 đến 3 ngày trước khi bắt đầu tiếp nhận",
            DayCount.CALENDAR_DAYS,
            1,
            "NĐ 93/2021/NĐ-CP Đ.14",
            false),
    /** Đ.14: beneficiaries, criteria and levels of support are public from the start of distribution. */
    PUBLISH_BENEFICIARIES(
            "Công khai đối tượng, tiêu chí, mức hỗ trợ",
            "Từ khi bắt đầu phân phối",
            DayCount.CALENDAR_DAYS,
            0,
            "NĐ 93/2021/NĐ-CP Đ.14",
            false),
    /** Đ.14: the totals received are published at most 15 days after receiving ends. */
    PUBLISH_RECEIVED_TOTALS(
            "Công khai tổng số tiền, hàng đã tiếp nhận",
            "Chậm nhất 15 ngày sau khi kết thúc tiếp nhận",
            DayCount.CALENDAR_DAYS,
            15,
            "NĐ 93/2021/NĐ-CP Đ.14",
            false),
    /** Đ.14: the totals distributed or used are published at most 30 days after distribution ends. */
    PUBLISH_DISTRIBUTED_TOTALS(
            "Công khai kết quả phân phối, sử dụng",
            "Chậm nhất 30 ngày sau khi kết thúc phân phối",
            DayCount.CALENDAR_DAYS,
            30,
            "NĐ 93/2021/NĐ-CP Đ.14",
            false),
    /** Đ.14: what is posted stays posted 30 days (office, community point, website). */
    POSTING_DURATION(
            "Thời gian niêm yết, đăng tải",
            "30 ngày (mass media: 3 số hoặc 3 ngày liên tiếp)",
            DayCount.CALENDAR_DAYS,
            30,
            "NĐ 93/2021/NĐ-CP Đ.14",
            false),
    /**
     * Đ.13: the provincial Ban Vận động reports to the central one at most 30 days after the campaign ends. The decree
     * still names the district level (docs/law/rules.md C6 [?]): which level reports to which is configuration.
     */
    REPORT_UPWARD(
            "Báo cáo Ban Vận động cấp trên",
            "Chậm nhất 30 ngày sau khi kết thúc cuộc vận động",
            DayCount.CALENDAR_DAYS,
            30,
            "NĐ 93/2021/NĐ-CP Đ.13",
            true);

    /** NĐ 93/2021/NĐ-CP takes effect (Đ.27). */
    public static final LocalDate IN_FORCE = LocalDate.of(2021, 12, 11);

    private final String title;
    private final String value;
    private final @Nullable DayCount dayType;
    private final int days;
    private final String source;
    private final boolean configurable;

    CampaignRule(
            String title, String value, @Nullable DayCount dayType, int days, String source, boolean configurable) {
        this.title = title;
        this.value = value;
        this.dayType = dayType;
        this.days = days;
        this.source = source;
        this.configurable = configurable;
    }

    public String title() {
        return title;
    }

    public String value() {
        return value;
    }

    public @Nullable DayCount dayType() {
        return dayType;
    }

    public int days() {
        return days;
    }

    public String source() {
        return source;
    }

    public boolean configurable() {
        return configurable;
    }
}
