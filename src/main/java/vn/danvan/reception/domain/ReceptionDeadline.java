package vn.danvan.reception.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayCount;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.reception.RefusalGround;

/**
 * The deadlines of the reception desk (docs/law/rules.md A1 row 2, A4): the answer owed to a person received, and
 * the written notice of a refusal. Each row counts from the day after its event (Bộ luật Dân sự 2015 Đ.147).
 */
public enum ReceptionDeadline {

    /**
     * Trả lời người được tiếp: thụ lý / cần thêm thời gian / không thụ lý / chuyển đơn, trong 10 ngày làm việc kể từ
     * ngày nhận nội dung.
     */
    ANSWER_TO_PERSON_RECEIVED(10, DayCount.WORKING_DAYS, null, "Luật Tiếp công dân 2013 Đ.28(1)"),

    /**
     * Thông báo từ chối tiếp công dân bằng văn bản (Mẫu 01/TCD), trong 03 ngày làm việc kể từ ngày có đủ căn cứ — on
     * the grounds of Luật Tiếp công dân Đ.9(3) and NĐ 154/2026 Đ.4(1)(h), from 1/7/2026; before, no such deadline.
     */
    REFUSAL_NOTICE(3, DayCount.WORKING_DAYS, LocalDate.of(2026, 7, 1), "NĐ 154/2026/NĐ-CP Đ.4(3), Mẫu 01/TCD");

    private final int days;
    private final DayCount dayCount;
    private final @Nullable LocalDate effectiveFrom;
    private final String source;

    ReceptionDeadline(int days, DayCount dayCount, @Nullable LocalDate effectiveFrom, String source) {
        this.days = days;
        this.dayCount = dayCount;
        this.effectiveFrom = effectiveFrom;
        this.source = source;
    }

    public boolean isEffectiveOn(LocalDate day) {
        return effectiveFrom == null || !day.isBefore(effectiveFrom);
    }

    /** The last day of the period that starts with the event of {@code day}. */
    public LocalDate dueOn(LocalDate day, WorkingCalendar calendar) {
        return calendar.plus(day, days, dayCount);
    }

    /** The day the answer to a person received is due: every visit with a content that was not refused has one. */
    public static Optional<LocalDate> answerDue(ReceptionVisit visit, WorkingCalendar calendar) {
        return visit.refused()
                ? Optional.empty()
                : Optional.of(ANSWER_TO_PERSON_RECEIVED.dueOn(visit.visitedOn(), calendar));
    }

    /**
     * The day the written notice of a refusal is due: only on a ground notified in writing, and only when the grounds
     * were had on or after the day the rule took effect.
     */
    public static Optional<LocalDate> refusalNoticeDue(
            @Nullable RefusalGround ground, @Nullable LocalDate groundsOn, WorkingCalendar calendar) {
        if (ground == null
                || groundsOn == null
                || !ground.writtenNotice()
                || !REFUSAL_NOTICE.isEffectiveOn(groundsOn)) {
            return Optional.empty();
        }
        return Optional.of(REFUSAL_NOTICE.dueOn(groundsOn, calendar));
    }

    public int days() {
        return days;
    }

    public DayCount dayCount() {
        return dayCount;
    }

    public @Nullable LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String source() {
        return source;
    }
}
