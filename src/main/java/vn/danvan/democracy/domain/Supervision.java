package vn.danvan.democracy.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.SupervisionCommands.Step;
import vn.danvan.shared.DomainException;

/**
 * A supervision by the Front of one body (Luật MTTQ 2015 Đ.27; NQLT 403/2017): the decision sent to the supervised
 * body, its report, the working sessions, the team's report. Each step is dated; whether it kept its rule is derived
 * from the dates and {@link SupervisionRules}.
 */
public record Supervision(
        long id,
        long planId,
        int year,
        long frontBodyId,
        long supervisedBodyId,
        String subject,
        String team,
        LocalDate firstSessionOn,
        @Nullable LocalDate decisionOn,
        @Nullable LocalDate supervisedReportOn,
        @Nullable LocalDate lastSessionOn,
        @Nullable LocalDate teamReportOn,
        int version) {

    public record Session(
            long id,
            LocalDate heldOn,
            String place,
            @Nullable String summary) {}

    /** A step with its rule's day: done on time, done late, pending, or missed (its day passed, not done). */
    public record StepCheck(
            String step, @Nullable LocalDate due, @Nullable LocalDate done, String state) {

        public boolean late() {
            return state.equals("LATE") || state.equals("MISSED");
        }
    }

    public List<StepCheck> checks(SupervisionRules rules, LocalDate today) {
        LocalDate teamDue = lastSessionOn == null ? null : rules.teamReportDue(lastSessionOn);
        return List.of(
                check("DECISION_SENT", rules.decisionLatest(firstSessionOn), decisionOn, today),
                check(
                        "SUPERVISED_REPORT_RECEIVED",
                        rules.supervisedReportLatest(firstSessionOn),
                        supervisedReportOn,
                        today),
                check("TEAM_REPORT", teamDue, teamReportOn, today));
    }

    public boolean anyLate(SupervisionRules rules, LocalDate today) {
        return checks(rules, today).stream().anyMatch(StepCheck::late);
    }

    private static StepCheck check(String step, @Nullable LocalDate due, @Nullable LocalDate done, LocalDate today) {
        String state;
        if (due == null) {
            state = done == null ? "WAITING" : "DONE";
        } else if (done != null) {
            state = done.isAfter(due) ? "LATE" : "ON_TIME";
        } else {
            state = today.isAfter(due) ? "MISSED" : "PENDING";
        }
        return new StepCheck(step, due, done, state);
    }

    /** A step is dated once, not in the future; the team reports after a session was held. */
    public void checkStep(Step step, LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw DomainException.invalid("oversight.date-future");
        }
        LocalDate already = switch (step) {
            case DECISION_SENT -> decisionOn;
            case SUPERVISED_REPORT_RECEIVED -> supervisedReportOn;
            case TEAM_REPORT -> teamReportOn;
        };
        if (already != null) {
            throw DomainException.conflict("oversight.step-recorded");
        }
        if (step == Step.TEAM_REPORT && (lastSessionOn == null || on.isBefore(lastSessionOn))) {
            throw DomainException.invalid("oversight.report-before-session");
        }
    }
}
