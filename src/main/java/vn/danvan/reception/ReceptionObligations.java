package vn.danvan.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.StaffMember;
import vn.danvan.reception.ReceptionSchedule.Head;
import vn.danvan.reception.domain.ReceptionFrequency;
import vn.danvan.reception.domain.SessionState;
import vn.danvan.reception.domain.Standing;
import vn.danvan.reception.persistence.ReceptionSessions;
import vn.danvan.reception.persistence.ReceptionSessions.PeriodicDay;

/**
 * Checks each head against the frequency rule in force: days of periodic reception held in the week or
 * month, days still scheduled, working days left — so a head falling short is flagged before the
 * period ends. A session led by a delegate counts only where the rule allows delegating.
 */
@Service
@Transactional(readOnly = true)
public class ReceptionObligations {

    private final ReceptionSessions sessions;
    private final ReceptionSchedule schedule;
    private final WorkingCalendar calendar;

    ReceptionObligations(ReceptionSessions sessions, ReceptionSchedule schedule, WorkingCalendar calendar) {
        this.sessions = sessions;
        this.schedule = schedule;
        this.calendar = calendar;
    }

    /** The standing of every active head of the bodies the staff member may see, for the period containing {@code day}. */
    public List<Standing> standings(Set<Long> bodyIds, LocalDate day, LocalDate today, StaffMember staff) {
        List<Head> heads =
                schedule.heads(bodyIds.stream().filter(staff::inScope).toList());
        // One read of every head's sessions in the day's week and month, instead of two counts per head: a
        // province head's home page has every head of the province (docs/performance.md, issue 20).
        LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = day.withDayOfMonth(1);
        LocalDate monthEnd = day.with(TemporalAdjusters.lastDayOfMonth());
        Map<Long, List<PeriodicDay>> byHead = sessions
                .periodicDays(
                        heads.stream().map(Head::id).toList(),
                        weekStart.isBefore(monthStart) ? weekStart : monthStart,
                        weekStart.plusDays(6).isAfter(monthEnd) ? weekStart.plusDays(6) : monthEnd)
                .stream()
                .collect(Collectors.groupingBy(PeriodicDay::headId));
        List<Standing> standings = new ArrayList<>();
        for (Head head : heads) {
            List<PeriodicDay> days = byHead.getOrDefault(head.id(), List.of());
            standing(head, day, today, (start, end, state, delegationCounts, notBefore) -> (int) days.stream()
                            .filter(d -> d.state() == state
                                    && !d.heldOn().isBefore(start)
                                    && !d.heldOn().isAfter(end)
                                    && !d.heldOn().isBefore(notBefore)
                                    && (!d.delegated() || delegationCounts))
                            .map(PeriodicDay::heldOn)
                            .distinct()
                            .count())
                    .ifPresent(standings::add);
        }
        return standings;
    }

    /** Counts the distinct days of a head's periodic sessions in a state, as {@link ReceptionSessions#periodicDays}. */
    private interface DayCount {
        int days(LocalDate start, LocalDate end, SessionState state, boolean delegationCounts, LocalDate notBefore);
    }

    /** The head's standing in the week or month (as their rule says) that contains {@code day}, judged on {@code today}. */
    public java.util.Optional<Standing> standing(Head head, LocalDate day, LocalDate today) {
        return standing(
                head,
                day,
                today,
                (start, end, state, delegationCounts, notBefore) ->
                        sessions.periodicDays(head.id(), start, end, state, delegationCounts, notBefore));
    }

    private java.util.Optional<Standing> standing(Head head, LocalDate day, LocalDate today, DayCount count) {
        return ReceptionFrequency.ruleFor(head.position(), day).map(rule -> {
            boolean weekly = "WEEK".equals(rule.perPeriod());
            LocalDate start =
                    weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
            LocalDate end = weekly ? start.plusDays(6) : day.with(TemporalAdjusters.lastDayOfMonth());
            int held = count.days(start, end, SessionState.HELD, rule.mayDelegate(), start);
            int scheduled =
                    today.isAfter(end) ? 0 : count.days(start, end, SessionState.SCHEDULED, rule.mayDelegate(), today);
            int workingDaysLeft = today.isAfter(end)
                    ? 0
                    : calendar.workingDaysBetween(today.isBefore(start) ? start.minusDays(1) : today.minusDays(1), end);
            Standing.Status status = Standing.Status.of(rule.minDays(), held, scheduled, today.isAfter(end));
            return new Standing(
                    head.id(),
                    head.fullName(),
                    head.bodyId(),
                    head.position(),
                    rule.perPeriod(),
                    start,
                    end,
                    rule.minDays(),
                    held,
                    scheduled,
                    workingDaysLeft,
                    rule.mayDelegate(),
                    rule.source(),
                    status);
        });
    }

    /** Reception days required and held by a head over the obligation periods that start between two days. */
    public record Tally(int required, int held) {}

    public Tally tally(Head head, LocalDate from, LocalDate to, LocalDate today) {
        int required = 0;
        int held = 0;
        LocalDate day = from;
        while (!day.isAfter(to)) {
            var standing = standing(head, day, today);
            if (standing.isPresent()) {
                if (!standing.get().periodStart().isBefore(from)) {
                    required += standing.get().required();
                    held += standing.get().held();
                }
                day = standing.get().periodEnd().plusDays(1);
            } else {
                day = day.plusDays(1);
            }
        }
        return new Tally(required, held);
    }
}
