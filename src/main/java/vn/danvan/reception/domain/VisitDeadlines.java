package vn.danvan.reception.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.WorkingCalendar;

/**
 * What a visit still owes the person, judged on a day: the answer due within 10 working days (docs/law/rules.md A1
 * row 2) and, for a refusal from 1/7/2026 on a ground notified in writing, the notice due within 3 working days of
 * the grounds (A4). A deadline is late when the act was recorded after its day, or its day has passed without it.
 */
public record VisitDeadlines(
        @Nullable LocalDate answerDueOn,
        boolean answerOverdue,
        @Nullable LocalDate refusalNoticeDueOn,
        boolean refusalNoticeOverdue) {

    public static VisitDeadlines of(ReceptionVisit visit, LocalDate today, WorkingCalendar calendar) {
        LocalDate answerDue = ReceptionDeadline.answerDue(visit, calendar).orElse(null);
        LocalDate noticeDue = ReceptionDeadline.refusalNoticeDue(
                        visit.refusalGround(),
                        visit.refusalGroundsOn() == null ? visit.visitedOn() : visit.refusalGroundsOn(),
                        calendar)
                .orElse(null);
        return new VisitDeadlines(
                answerDue,
                late(answerDue, visit.answeredOn(), today),
                noticeDue,
                late(noticeDue, visit.refusalNoticeOn(), today));
    }

    private static boolean late(@Nullable LocalDate due, @Nullable LocalDate done, LocalDate today) {
        return due != null && (done == null ? today.isAfter(due) : done.isAfter(due));
    }

    public boolean overdue() {
        return answerOverdue || refusalNoticeOverdue;
    }
}
