package vn.danvan.reception.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.danvan.reception.HeadPosition;

/**
 * The frequency rule table (docs/law/rules.md A2): how many days a head must receive citizens in person per week or
 * month, whether a deputy may hold that reception on the head's behalf, and when each row is in force. A change of
 * the law is a new row with its own dates, never an edit of an old one. Rows marked configurable carry a value the
 * sources do not settle; check them against the article text before relying on them.
 */
public enum ReceptionFrequency {

    /** Chủ tịch UBND cấp tỉnh: ít nhất 01 ngày trong 01 tháng, đến hết 30/6/2026. */
    PROVINCE_CHAIR_UNTIL_2026_06_30(
            HeadPosition.PROVINCE_PEOPLES_COMMITTEE_CHAIR,
            Period.MONTH,
            1,
            true,
            LocalDate.of(2014, 7, 1),
            LocalDate.of(2026, 6, 30),
            false,
            "Luật Tiếp công dân 2013 Đ.12"),

    /** Chủ tịch UBND cấp tỉnh: 01 ngày/tháng, không ủy quyền cấp phó tiếp định kỳ, từ 1/7/2026. */
    PROVINCE_CHAIR_FROM_2026_07_01(
            HeadPosition.PROVINCE_PEOPLES_COMMITTEE_CHAIR,
            Period.MONTH,
            1,
            false,
            LocalDate.of(2026, 7, 1),
            null,
            false,
            "Luật Tiếp công dân Đ.12, sửa đổi bởi Luật 136/2025/QH15 (không ủy quyền tiếp định kỳ)"),

    /** Chủ tịch UBND cấp xã: ít nhất 01 ngày trong 01 tuần, đến hết 30/6/2026. */
    COMMUNE_CHAIR_UNTIL_2026_06_30(
            HeadPosition.COMMUNE_PEOPLES_COMMITTEE_CHAIR,
            Period.WEEK,
            1,
            true,
            LocalDate.of(2014, 7, 1),
            LocalDate.of(2026, 6, 30),
            false,
            "Luật Tiếp công dân 2013 Đ.15"),

    /**
     * Chủ tịch UBND cấp xã từ 1/7/2026: 2 ngày/tháng per the amending bill as reported; the article text of Luật
     * 136/2025/QH15 was not read (docs/law/rules.md C4(a)) — configurable.
     */
    COMMUNE_CHAIR_FROM_2026_07_01(
            HeadPosition.COMMUNE_PEOPLES_COMMITTEE_CHAIR,
            Period.MONTH,
            2,
            false,
            LocalDate.of(2026, 7, 1),
            null,
            true,
            "Luật Tiếp công dân Đ.15, sửa đổi bởi Luật 136/2025/QH15 [?] (docs/law/rules.md C4(a): chưa đọc điều văn"
                    + " — cấu hình được)"),

    /** Thủ trưởng cơ quan hành chính (sở, ban, ngành): ít nhất 01 ngày trong 01 tháng, đến hết 30/6/2026. */
    AGENCY_HEAD_UNTIL_2026_06_30(
            HeadPosition.AGENCY_HEAD,
            Period.MONTH,
            1,
            true,
            LocalDate.of(2014, 7, 1),
            LocalDate.of(2026, 6, 30),
            false,
            "Luật Tiếp công dân 2013 Đ.18(2)"),

    /** Thủ trưởng cơ quan hành chính: 01 ngày/tháng, không ủy quyền tiếp định kỳ, từ 1/7/2026. */
    AGENCY_HEAD_FROM_2026_07_01(
            HeadPosition.AGENCY_HEAD,
            Period.MONTH,
            1,
            false,
            LocalDate.of(2026, 7, 1),
            null,
            false,
            "Luật Tiếp công dân Đ.18(2), sửa đổi bởi Luật 136/2025/QH15 (không ủy quyền tiếp định kỳ)"),

    /**
     * Người đứng đầu đơn vị sự nghiệp công lập, from 1/7/2026: "trực tiếp thực hiện việc tiếp công dân ít nhất 01
     * ngày trong 01 tháng". The decree gives no delegation and Luật 136/2025/QH15 bars heads from delegating periodic
     * reception, so a delegate's session does not count; whether the Law's bar reaches these heads was not read in
     * its article text — configurable.
     */
    PUBLIC_SERVICE_UNIT_HEAD_FROM_2026_07_01(
            HeadPosition.PUBLIC_SERVICE_UNIT_HEAD,
            Period.MONTH,
            1,
            false,
            LocalDate.of(2026, 7, 1),
            null,
            true,
            "NĐ 154/2026/NĐ-CP Đ.10(2) (\"trực tiếp thực hiện\"; không ủy quyền theo Luật 136/2025/QH15 — chưa đối"
                    + " chiếu điều văn, cấu hình được)"),

    /** Bí thư cấp ủy cấp tỉnh: ít nhất 01 ngày/tháng; may assign a deputy or standing member (QĐ 11). */
    PROVINCE_PARTY_SECRETARY(
            HeadPosition.PROVINCE_PARTY_SECRETARY,
            Period.MONTH,
            1,
            true,
            LocalDate.of(2019, 2, 18),
            null,
            false,
            "QĐ 11-QĐi/TW (18/02/2019), sửa đổi bởi Kết luận 215-KL/TW (23/11/2025)"),

    /** Bí thư cấp ủy cấp xã: ít nhất 02 ngày/tháng, from KL 215 (23/11/2025). */
    COMMUNE_PARTY_SECRETARY(
            HeadPosition.COMMUNE_PARTY_SECRETARY,
            Period.MONTH,
            2,
            true,
            LocalDate.of(2025, 11, 23),
            null,
            false,
            "QĐ 11-QĐi/TW sửa đổi bởi Kết luận 215-KL/TW (23/11/2025)");

    /** The period an obligation is counted over. */
    public enum Period {
        WEEK,
        MONTH
    }

    private final HeadPosition position;
    private final Period period;
    private final int minDays;
    private final boolean mayDelegate;
    private final LocalDate effectiveFrom;
    private final @Nullable LocalDate effectiveUntil;
    private final boolean configurable;
    private final String source;

    ReceptionFrequency(
            HeadPosition position,
            Period period,
            int minDays,
            boolean mayDelegate,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveUntil,
            boolean configurable,
            String source) {
        this.position = position;
        this.period = period;
        this.minDays = minDays;
        this.mayDelegate = mayDelegate;
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
        this.configurable = configurable;
        this.source = source;
    }

    /** The row in force for the position on that day, if the position has an obligation then. */
    public static Optional<ReceptionFrequency> find(HeadPosition position, LocalDate day) {
        return Arrays.stream(values())
                .filter(row -> row.position == position && row.isEffectiveOn(day))
                .findFirst();
    }

    /** The rule in force for the position on that day, as the schedule and the standings read it. */
    public static Optional<ObligationRule> ruleFor(HeadPosition position, LocalDate day) {
        return find(position, day).map(ReceptionFrequency::rule);
    }

    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    public ObligationRule rule() {
        return new ObligationRule(position, period.name(), minDays, mayDelegate, effectiveFrom, effectiveUntil, source);
    }

    public HeadPosition position() {
        return position;
    }

    public Period period() {
        return period;
    }

    public int minDays() {
        return minDays;
    }

    public boolean mayDelegate() {
        return mayDelegate;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public @Nullable LocalDate effectiveUntil() {
        return effectiveUntil;
    }

    public boolean configurable() {
        return configurable;
    }

    public String source() {
        return source;
    }
}
