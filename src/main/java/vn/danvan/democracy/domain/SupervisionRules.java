package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.danvan.calendar.DayCount;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.rulebook.LegalRule;

/**
 * {@link SupervisionRule} applied over the working calendar. A period "after" an event starts the day after it and,
 * counted in calendar days, ends on the next working day when its last day is a day off (Bộ luật Dân sự 2015 Đ.147,
 * 148(5)). A lead "at least n days before" an event ends n days before it, moved back to the working day before
 * when that day is off: a body sends its official letters on working days, so the earlier day is the one that keeps
 * the lead (our reading; the texts say nothing of days off).
 */
public final class SupervisionRules {

    static final String TABLE = "democracy.oversight";

    /** Luật Thực hiện dân chủ ở cơ sở 2022 takes effect (Đ.91). */
    static final LocalDate LAW_IN_FORCE = LocalDate.of(2023, 7, 1);

    /** NQLT 403/2017 takes effect. */
    static final LocalDate NQLT_403_IN_FORCE = LocalDate.of(2017, 6, 15);

    private final WorkingCalendar calendar;
    private final int answerDays;
    private final DayCount answerCount;

    public SupervisionRules(WorkingCalendar calendar, int answerDays, DayCount answerCount) {
        if (answerDays < 1) {
            throw new IllegalArgumentException("an answer period is at least a day: " + answerDays);
        }
        this.calendar = calendar;
        this.answerDays = answerDays;
        this.answerCount = answerCount;
    }

    public static SupervisionRules standard(WorkingCalendar calendar) {
        return new SupervisionRules(calendar, SupervisionRule.RECOMMENDATION_ANSWER.number(), DayCount.CALENDAR_DAYS);
    }

    /** The members a commune's Ban Thanh tra nhân dân must have: one per hamlet, at least 5 (Đ.36). */
    public int inspectionMembersRequired(int hamlets) {
        return Math.max(hamlets, SupervisionRule.PEOPLES_INSPECTION_MEMBERS.number());
    }

    public int investmentMembersRequired() {
        return SupervisionRule.INVESTMENT_SUPERVISION_MEMBERS.number();
    }

    /** The last day the decision forming the team may reach the supervised body. */
    public LocalDate decisionLatest(LocalDate firstSession) {
        return before(firstSession, SupervisionRule.SUPERVISION_DECISION_LEAD.number());
    }

    /** The last day the supervised body's report may reach the team. */
    public LocalDate supervisedReportLatest(LocalDate firstSession) {
        return before(firstSession, SupervisionRule.SUPERVISED_REPORT_LEAD.number());
    }

    /** The last day of the team's report. */
    public LocalDate teamReportDue(LocalDate lastSession) {
        return calendar.plusCalendarDays(lastSession, SupervisionRule.TEAM_REPORT.number());
    }

    /** The day the addressee's answer to a recommendation sent that day is due. */
    public LocalDate answerDue(LocalDate sentOn) {
        return calendar.plus(sentOn, answerDays, answerCount);
    }

    /** "30 ngày" or "15 ngày làm việc": the answer period as configured. */
    public String answerPeriodVi() {
        return answerDays + (answerCount == DayCount.WORKING_DAYS ? " ngày làm việc" : " ngày");
    }

    private LocalDate before(LocalDate event, int days) {
        LocalDate day = event.minusDays(days);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The rows of the rule book, with the answer period as configured. */
    public List<LegalRule> rows() {
        return Arrays.stream(SupervisionRule.values())
                .map(rule -> new LegalRule(
                        TABLE,
                        rule.name(),
                        rule.title(),
                        rule == SupervisionRule.RECOMMENDATION_ANSWER
                                ? "trong " + answerPeriodVi()
                                        + " kể từ ngày nhận kiến nghị (mặc định, luật không quy định số ngày)"
                                : rule.wording(),
                        rule == SupervisionRule.RECOMMENDATION_ANSWER ? answerCount : rule.dayType(),
                        rule.source().startsWith("NQLT") ? NQLT_403_IN_FORCE : LAW_IN_FORCE,
                        null,
                        rule.source(),
                        rule.configurable()))
                .toList();
    }
}
