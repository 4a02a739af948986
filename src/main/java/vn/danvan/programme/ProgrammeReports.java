package vn.danvan.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;

/**
 * The counts of the dân vận programme over a year for the bodies in a staff member's scope — a province sees its
 * communes, a commune its own — by body and summed by level: plans and their tasks, agreements, courses, reviews.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeReports {

    /** One body's counts, or a level's sums (bodyId 0). */
    public record ProgrammeReportLine(
            long bodyId,
            String name,
            UnitLevel level,
            int plans,
            int tasks,
            int tasksDone,
            int tasksLate,
            int agreements,
            int jointTasksDone,
            int courses,
            int certificates,
            int reviewsIssued) {

        ProgrammeReportLine plus(ProgrammeReportLine other) {
            return new ProgrammeReportLine(
                    0,
                    name,
                    level,
                    plans + other.plans,
                    tasks + other.tasks,
                    tasksDone + other.tasksDone,
                    tasksLate + other.tasksLate,
                    agreements + other.agreements,
                    jointTasksDone + other.jointTasksDone,
                    courses + other.courses,
                    certificates + other.certificates,
                    reviewsIssued + other.reviewsIssued);
        }

        boolean empty() {
            return plans + tasks + agreements + jointTasksDone + courses + certificates + reviewsIssued == 0;
        }
    }

    /** The year's report: the bodies with something to count, and the sums by level (province first). */
    public record ProgrammeReport(int year, List<ProgrammeReportLine> bodies, List<ProgrammeReportLine> levels) {}

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;

    ProgrammeReports(JdbcClient jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public ProgrammeReport year(int year, LocalDate today, StaffMember staff) {
        Map<Long, Body> bodies = new LinkedHashMap<>();
        for (Body body : organization.bodies()) {
            if (staff.inScope(body.id())) {
                bodies.put(body.id(), body);
            }
        }
        List<ProgrammeReportLine> lines = new ArrayList<>();
        if (!bodies.isEmpty()) {
            lines.addAll(jdbc.sql("""
                    with b as (select unnest(cast(:bodies as bigint[])) as body_id)
                    select b.body_id,
                      (select count(*) from programme.plan p where p.body_id = b.body_id and p.year = :year) as plans,
                      (select count(*) from programme.plan_task t where t.owner_body_id = b.body_id
                         and t.due_on between :start and :end and t.state <> 'DROPPED') as tasks,
                      (select count(*) from programme.plan_task t where t.owner_body_id = b.body_id
                         and t.due_on between :start and :end and t.state = 'DONE') as tasks_done,
                      (select count(*) from programme.plan_task t where t.owner_body_id = b.body_id
                         and t.due_on between :start and :end and t.state = 'OPEN' and t.due_on < :today) as tasks_late,
                      (select count(*) from programme.agreement_party ap join programme.agreement a on a.id = ap.agreement_id
                         where ap.body_id = b.body_id and a.valid_from <= :end and a.valid_to >= :start) as agreements,
                      (select count(*) from programme.joint_task j where j.owner_body_id = b.body_id and j.state = 'DONE'
                         and j.done_on between :start and :end) as joint_done,
                      (select count(*) from programme.course c where c.body_id = b.body_id
                         and c.ends_on between :start and :end) as courses,
                      (select count(*) from programme.course_participant cp join programme.course c on c.id = cp.course_id
                         where c.body_id = b.body_id and cp.certified_on between :start and :end) as certificates,
                      (select count(*) from programme.review r where r.body_id = b.body_id and r.state = 'ISSUED'
                         and r.period_to between :start and :end) as reviews
                    from b
                    """)
                    .param("bodies", bodies.keySet().toArray(Long[]::new))
                    .param("year", year)
                    .param("start", LocalDate.of(year, 1, 1))
                    .param("end", LocalDate.of(year, 12, 31))
                    .param("today", today)
                    .query((rs, n) -> {
                        Body body = java.util.Objects.requireNonNull(bodies.get(rs.getLong("body_id")));
                        return new ProgrammeReportLine(
                                body.id(),
                                body.name(),
                                body.level(),
                                rs.getInt("plans"),
                                rs.getInt("tasks"),
                                rs.getInt("tasks_done"),
                                rs.getInt("tasks_late"),
                                rs.getInt("agreements"),
                                rs.getInt("joint_done"),
                                rs.getInt("courses"),
                                rs.getInt("certificates"),
                                rs.getInt("reviews"));
                    })
                    .list());
        }
        List<ProgrammeReportLine> shown = lines.stream()
                .filter(line -> !line.empty())
                .sorted(Comparator.comparing(ProgrammeReportLine::level).thenComparing(ProgrammeReportLine::name))
                .toList();
        Map<UnitLevel, ProgrammeReportLine> byLevel = new LinkedHashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            ProgrammeReportLine sum = new ProgrammeReportLine(0, level.name(), level, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            for (ProgrammeReportLine line : lines) {
                if (line.level() == level) {
                    sum = sum.plus(line);
                }
            }
            if (lines.stream().anyMatch(line -> line.level() == level)) {
                byLevel.put(level, sum);
            }
        }
        return new ProgrammeReport(year, shown, List.copyOf(byLevel.values()));
    }
}
