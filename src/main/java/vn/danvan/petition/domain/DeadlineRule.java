package vn.danvan.petition.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayCount;
import vn.danvan.petition.PetitionType;

/**
 * The statutory deadline table of docs/law/rules.md A1: one row per case type × step, with its day count,
 * the longer periods for remote areas and complex cases, its effective dates and its legal source.
 * Rows marked configurable have no statutory value; they are the platform's default service level.
 */
public enum DeadlineRule {

    /** Xử lý đơn kiến nghị, phản ánh: phân loại, xử lý trong 10 ngày làm việc kể từ ngày nhận đơn. */
    PROCESSING_RECOMMENDATION_FEEDBACK(
            Step.PROCESSING,
            EnumSet.of(PetitionType.RECOMMENDATION, PetitionType.FEEDBACK),
            10,
            10,
            10,
            10,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "TT 05/2021/TT-TTCP; Luật Tiếp công dân 2013 Đ.28(1)"),

    /** Thụ lý khiếu nại (lần đầu, lần hai): 10 ngày kể từ ngày nhận đơn, đến hết 30/6/2026. */
    ACCEPTANCE_COMPLAINT_UNTIL_2026_06_30(
            Step.PROCESSING,
            EnumSet.of(PetitionType.COMPLAINT),
            10,
            10,
            10,
            10,
            DayCount.CALENDAR_DAYS,
            null,
            LocalDate.of(2026, 6, 30),
            false,
            "Luật Khiếu nại 2011 Đ.27, Đ.36"),

    /** Thụ lý khiếu nại (lần đầu, lần hai): 07 ngày làm việc kể từ ngày nhận đơn, từ 1/7/2026. */
    ACCEPTANCE_COMPLAINT_FROM_2026_07_01(
            Step.PROCESSING,
            EnumSet.of(PetitionType.COMPLAINT),
            7,
            7,
            7,
            7,
            DayCount.WORKING_DAYS,
            LocalDate.of(2026, 7, 1),
            null,
            false,
            "NĐ 124/2020/NĐ-CP Đ.16(1), sửa đổi bởi NĐ 155/2026/NĐ-CP Đ.10"),

    /** Xử lý ban đầu tố cáo: 07 ngày làm việc; 10 ngày làm việc khi phải xác minh ở nhiều nơi. */
    PROCESSING_DENUNCIATION(
            Step.PROCESSING,
            EnumSet.of(PetitionType.DENUNCIATION),
            7,
            10,
            7,
            10,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.24(1)"),

    /** Tố cáo tiếp: cơ quan cấp trên xem xét hồ sơ trong 20 ngày kể từ ngày nhận. */
    REVIEW_RE_DENUNCIATION(
            Step.RE_DENUNCIATION_REVIEW,
            EnumSet.of(PetitionType.DENUNCIATION),
            20,
            20,
            20,
            20,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.37"),

    /** Giải quyết khiếu nại lần đầu: 30 ngày (phức tạp 45); vùng sâu, vùng xa 45 (phức tạp 60), kể từ ngày thụ lý. */
    RESOLUTION_COMPLAINT_FIRST(
            Step.RESOLUTION_FIRST,
            EnumSet.of(PetitionType.COMPLAINT),
            30,
            45,
            45,
            60,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.28"),

    /** Giải quyết khiếu nại lần hai: 45 ngày (phức tạp 60); vùng sâu, vùng xa 60 (phức tạp 70). */
    RESOLUTION_COMPLAINT_SECOND(
            Step.RESOLUTION_SECOND,
            EnumSet.of(PetitionType.COMPLAINT),
            45,
            60,
            60,
            70,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.37"),

    /** Giải quyết tố cáo: 30 ngày kể từ ngày thụ lý. */
    RESOLUTION_DENUNCIATION(
            Step.RESOLUTION_FIRST,
            EnumSet.of(PetitionType.DENUNCIATION),
            30,
            30,
            30,
            30,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.30(1)"),

    /** Gia hạn giải quyết tố cáo: phức tạp một lần ≤ 30 ngày; đặc biệt phức tạp hai lần, mỗi lần ≤ 30 ngày. */
    EXTENSION_DENUNCIATION(
            Step.EXTENSION,
            EnumSet.of(PetitionType.DENUNCIATION),
            30,
            30,
            30,
            30,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.30(1)"),

    /**
     * Trả lời kiến nghị, phản ánh: no statutory deadline (docs/law/rules.md C3); the platform's default is 15
     * working days from acceptance, configurable.
     */
    ANSWER_RECOMMENDATION_FEEDBACK(
            Step.RESOLUTION_FIRST,
            EnumSet.of(PetitionType.RECOMMENDATION, PetitionType.FEEDBACK),
            15,
            15,
            15,
            15,
            DayCount.WORKING_DAYS,
            null,
            null,
            true,
            "Không có thời hạn luật định (docs/law/rules.md C3) — mức dịch vụ cấu hình được"),

    /** Gia hạn trả lời kiến nghị, phản ánh: một lần, tối đa 10 ngày làm việc — configurable. */
    EXTENSION_RECOMMENDATION_FEEDBACK(
            Step.EXTENSION,
            EnumSet.of(PetitionType.RECOMMENDATION, PetitionType.FEEDBACK),
            10,
            10,
            10,
            10,
            DayCount.WORKING_DAYS,
            null,
            null,
            true,
            "Không có thời hạn luật định (docs/law/rules.md C3) — mức dịch vụ cấu hình được"),

    /**
     * Thời hiệu khiếu nại quyết định hành chính, hành vi hành chính: 90 ngày kể từ ngày nhận được hoặc biết được
     * quyết định, hành vi; thời gian có trở ngại khách quan không tính vào thời hiệu.
     */
    TIME_BAR_COMPLAINT(
            Step.TIME_BAR,
            EnumSet.of(PetitionType.COMPLAINT),
            90,
            90,
            90,
            90,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.9"),

    /**
     * Khiếu nại lần hai: trong 30 ngày (vùng sâu, vùng xa 45) kể từ khi hết thời hạn giải quyết lần đầu mà không
     * được giải quyết, hoặc kể từ ngày nhận được quyết định giải quyết lần đầu.
     */
    SECOND_COMPLAINT_WINDOW(
            Step.SECOND_COMPLAINT_WINDOW,
            EnumSet.of(PetitionType.COMPLAINT),
            30,
            30,
            45,
            45,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.33"),

    /** Gửi quyết định giải quyết khiếu nại lần đầu: trong 03 ngày làm việc kể từ ngày ban hành. */
    SENDING_FIRST_COMPLAINT_DECISION(
            Step.DECISION_SENDING,
            EnumSet.of(PetitionType.COMPLAINT),
            3,
            3,
            3,
            3,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.32"),

    /**
     * Gửi quyết định tạm đình chỉ, đình chỉ (Mẫu 14a), tiếp tục giải quyết (Mẫu 14b): trong 03 ngày làm việc kể
     * từ ngày ban hành, từ 1/7/2026.
     */
    SENDING_SUSPENSION_DECISION(
            Step.SUSPENSION_DECISION_SENDING,
            EnumSet.of(PetitionType.COMPLAINT),
            3,
            3,
            3,
            3,
            DayCount.WORKING_DAYS,
            LocalDate.of(2026, 7, 1),
            null,
            false,
            "Luật Khiếu nại Đ.11a (Luật 136/2025/QH15); NĐ 124/2020/NĐ-CP Đ.28b, bổ sung bởi NĐ 155/2026/NĐ-CP Đ.12"),

    /**
     * Giải quyết khiếu nại quyết định kỷ luật cán bộ, công chức, lần đầu và lần hai: 30 ngày (phức tạp 45) kể từ
     * ngày thụ lý; the law gives no longer period for remote areas. Thụ lý follows the complaint acceptance rows
     * (NĐ 124/2020 Đ.16(1) as amended names disciplinary decisions too).
     */
    RESOLUTION_DISCIPLINARY_COMPLAINT(
            Step.DISCIPLINARY_RESOLUTION,
            EnumSet.of(PetitionType.COMPLAINT),
            30,
            45,
            30,
            45,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.48, Đ.50"),

    /** Thời hiệu khiếu nại lần đầu quyết định kỷ luật: 15 ngày kể từ ngày nhận được quyết định. */
    TIME_BAR_DISCIPLINARY_FIRST(
            Step.DISCIPLINARY_TIME_BAR_FIRST,
            EnumSet.of(PetitionType.COMPLAINT),
            15,
            15,
            15,
            15,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.48"),

    /** Thời hiệu khiếu nại lần hai quyết định kỷ luật: 10 ngày kể từ ngày nhận được quyết định lần đầu. */
    TIME_BAR_DISCIPLINARY_SECOND(
            Step.DISCIPLINARY_TIME_BAR_SECOND,
            EnumSet.of(PetitionType.COMPLAINT),
            10,
            10,
            10,
            10,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.50"),

    /** Thời hiệu khiếu nại lần hai quyết định kỷ luật buộc thôi việc: 30 ngày kể từ ngày nhận được quyết định. */
    TIME_BAR_DISCIPLINARY_DISMISSAL_SECOND(
            Step.DISCIPLINARY_DISMISSAL_TIME_BAR_SECOND,
            EnumSet.of(PetitionType.COMPLAINT),
            30,
            30,
            30,
            30,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.50"),

    /**
     * Tố cáo không thuộc thẩm quyền: chuyển đơn trong 05 ngày làm việc kể từ ngày nhận và thông báo cho người tố
     * cáo; chỉ chuyển một lần cho cùng nội dung. Luật 136/2025/QH15 and NĐ 156/2026 (1/7/2026) change no period.
     */
    TRANSFER_DENUNCIATION(
            Step.TRANSFER_OUTSIDE_JURISDICTION,
            EnumSet.of(PetitionType.DENUNCIATION),
            5,
            5,
            5,
            5,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.24(2); TT 05/2021/TT-TTCP Đ.14"),

    /**
     * Thông báo thụ lý tố cáo cho người tố cáo, và nội dung tố cáo (không kèm thông tin người tố cáo) cho người bị
     * tố cáo: trong 05 ngày làm việc kể từ ngày ra quyết định thụ lý.
     */
    ACCEPTANCE_NOTICE_DENUNCIATION(
            Step.ACCEPTANCE_NOTICE,
            EnumSet.of(PetitionType.DENUNCIATION),
            5,
            5,
            5,
            5,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.29"),

    /** Công khai kết luận nội dung tố cáo: trong 07 ngày làm việc kể từ ngày ban hành kết luận. */
    PUBLICATION_DENUNCIATION_CONCLUSION(
            Step.CONCLUSION_PUBLICATION,
            EnumSet.of(PetitionType.DENUNCIATION),
            7,
            7,
            7,
            7,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "Luật Tố cáo 2018 Đ.40"),

    /**
     * Phản ánh, kiến nghị về quy định hành chính gửi đến cơ quan không có thẩm quyền: chuyển trong 05 ngày làm việc
     * kể từ ngày nhận. NĐ 20/2008 sets no resolution period (docs/law/rules.md C3): only this routing step is statutory.
     */
    TRANSFER_REGULATION_FEEDBACK(
            Step.REGULATION_FEEDBACK_TRANSFER,
            EnumSet.of(PetitionType.RECOMMENDATION, PetitionType.FEEDBACK),
            5,
            5,
            5,
            5,
            DayCount.WORKING_DAYS,
            null,
            null,
            false,
            "NĐ 20/2008/NĐ-CP Đ.9, sửa đổi bởi NĐ 92/2017/NĐ-CP"),

    /**
     * Tạm đình chỉ mà quá 30 ngày người khiếu nại không tiếp tục khiếu nại: căn cứ không thụ lý (Luật Khiếu nại Đ.11
     * as amended by Luật 136/2025/QH15) — shown on the case so the resolver may terminate it.
     */
    SUSPENSION_LAPSE_COMPLAINT(
            Step.SUSPENSION_LAPSE,
            EnumSet.of(PetitionType.COMPLAINT),
            30,
            30,
            30,
            30,
            DayCount.CALENDAR_DAYS,
            null,
            null,
            false,
            "Luật Khiếu nại 2011 Đ.11, sửa đổi bởi Luật 136/2025/QH15");

    public enum Step {
        PROCESSING,
        RE_DENUNCIATION_REVIEW,
        RESOLUTION_FIRST,
        RESOLUTION_SECOND,
        EXTENSION,
        TIME_BAR,
        SECOND_COMPLAINT_WINDOW,
        DECISION_SENDING,
        SUSPENSION_DECISION_SENDING,
        DISCIPLINARY_RESOLUTION,
        DISCIPLINARY_TIME_BAR_FIRST,
        DISCIPLINARY_TIME_BAR_SECOND,
        DISCIPLINARY_DISMISSAL_TIME_BAR_SECOND,
        /** Chuyển tố cáo không thuộc thẩm quyền (Luật Tố cáo Đ.24(2)). */
        TRANSFER_OUTSIDE_JURISDICTION,
        /** Thông báo thụ lý tố cáo (Luật Tố cáo Đ.29). */
        ACCEPTANCE_NOTICE,
        /** Công khai kết luận nội dung tố cáo (Luật Tố cáo Đ.40). */
        CONCLUSION_PUBLICATION,
        /** Chuyển phản ánh, kiến nghị về quy định hành chính (NĐ 20/2008 Đ.9). */
        REGULATION_FEEDBACK_TRANSFER,
        SUSPENSION_LAPSE
    }

    /** How many extensions each type allows; a complaint is "extended" by being declared complex, once. */
    public static int maxExtensions(PetitionType type) {
        return switch (type) {
            case COMPLAINT -> 1;
            case DENUNCIATION -> 2;
            case RECOMMENDATION, FEEDBACK -> 1;
        };
    }

    /**
     * How many extensions a case of this complexity allows: a denunciation none if ordinary, one if complex, two if
     * especially complex (Luật Tố cáo 2018 Đ.30(1)); the other types as {@link #maxExtensions(PetitionType)}.
     */
    public static int maxExtensions(PetitionType type, vn.danvan.petition.Complexity complexity) {
        return type == PetitionType.DENUNCIATION ? complexity.denunciationExtensions() : maxExtensions(type);
    }

    private final Step step;
    private final Set<PetitionType> types;
    private final int days;
    private final int complexDays;
    private final int remoteDays;
    private final int remoteComplexDays;
    private final DayCount dayCount;
    private final @Nullable LocalDate effectiveFrom;
    private final @Nullable LocalDate effectiveTo;
    private final boolean configurable;
    private final String source;

    DeadlineRule(
            Step step,
            Set<PetitionType> types,
            int days,
            int complexDays,
            int remoteDays,
            int remoteComplexDays,
            DayCount dayCount,
            @Nullable LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            boolean configurable,
            String source) {
        this.step = step;
        this.types = types;
        this.days = days;
        this.complexDays = complexDays;
        this.remoteDays = remoteDays;
        this.remoteComplexDays = remoteComplexDays;
        this.dayCount = dayCount;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.configurable = configurable;
        this.source = source;
    }

    public static DeadlineRule find(Step step, PetitionType type, LocalDate on) {
        return lookup(step, type, on)
                .orElseThrow(
                        () -> new IllegalStateException("No deadline rule for " + step + " of " + type + " on " + on));
    }

    public static Optional<DeadlineRule> lookup(Step step, PetitionType type, LocalDate on) {
        return Arrays.stream(values())
                .filter(rule -> rule.step == step && rule.types.contains(type) && rule.isEffectiveOn(on))
                .findFirst();
    }

    public boolean isEffectiveOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public int days(boolean remoteArea, boolean complex) {
        if (remoteArea) {
            return complex ? remoteComplexDays : remoteDays;
        }
        return complex ? complexDays : days;
    }

    public DayCount dayCount() {
        return dayCount;
    }

    public String source() {
        return source;
    }

    public boolean configurable() {
        return configurable;
    }

    public Step step() {
        return step;
    }

    public Set<PetitionType> types() {
        return types;
    }

    public @Nullable LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public @Nullable LocalDate effectiveTo() {
        return effectiveTo;
    }
}
