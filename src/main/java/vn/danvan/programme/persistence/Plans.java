package vn.danvan.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.programme.PlanCommands.ReportProgress;
import vn.danvan.programme.PlanSector;
import vn.danvan.programme.domain.Plan;
import vn.danvan.programme.domain.PlanEvent;
import vn.danvan.programme.domain.PlanTask;
import vn.danvan.programme.domain.ProgressReport;
import vn.danvan.shared.VietnamTime;

/** Plans with their tasks, progress reports, and the programme's timelines ({@code programme} schema). */
@Repository
public class Plans {

    private static final String TASK_COLUMNS = """
            t.id, t.plan_id, t.title, t.owner_body_id, t.due_on, t.indicator, t.target, t.state, t.done_on,
            (select r.achieved from programme.progress_report r where r.task_id = t.id and r.achieved is not null
             order by r.reported_on desc, r.id desc limit 1) as achieved""";

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(DraftPlan command, String by) {
        return jdbc.sql("""
                insert into programme.plan (body_id, year, sector, title, summary, created_by)
                values (:body, :year, :sector, :title, :summary, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("year", command.year())
                .param("sector", command.sector().name())
                .param("title", command.title())
                .param("summary", command.summary())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<Plan> find(long id) {
        return jdbc.sql("select id, body_id, year, sector, title, summary from programme.plan where id = ?")
                .param(id)
                .query(Plans::plan)
                .optional();
    }

    /** Plans of the bodies, or with a task owned by one of them, of a year. */
    public List<Plan> of(Collection<Long> bodyIds, boolean allBodies, int year) {
        return jdbc.sql("""
                select id, body_id, year, sector, title, summary from programme.plan p
                where p.year = :year and (:all or p.body_id = any(:bodies) or exists (
                    select 1 from programme.plan_task t where t.plan_id = p.id and t.owner_body_id = any(:bodies)))
                order by p.body_id, p.sector, p.id
                """)
                .param("year", year)
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Plans::plan)
                .list();
    }

    public long addTask(long planId, AddTask command) {
        return jdbc.sql("""
                insert into programme.plan_task (plan_id, title, owner_body_id, due_on, indicator, target)
                values (:plan, :title, :owner, :due, :indicator, :target) returning id
                """)
                .param("plan", planId)
                .param("title", command.title())
                .param("owner", command.ownerBodyId())
                .param("due", command.dueOn())
                .param("indicator", command.indicator())
                .param("target", command.target())
                .query(Long.class)
                .single();
    }

    public List<PlanTask> tasks(long planId) {
        return jdbc.sql("select " + TASK_COLUMNS
                        + " from programme.plan_task t where t.plan_id = ? order by t.due_on, t.id")
                .param(planId)
                .query(Plans::task)
                .list();
    }

    public Optional<PlanTask> task(long id) {
        return jdbc.sql("select " + TASK_COLUMNS + " from programme.plan_task t where t.id = ?")
                .param(id)
                .query(Plans::task)
                .optional();
    }

    /** The task, its row locked until the transaction ends. */
    public Optional<PlanTask> lockTask(long id) {
        jdbc.sql("select id from programme.plan_task where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return task(id);
    }

    public void completeTask(long id, LocalDate on) {
        jdbc.sql("update programme.plan_task set state = 'DONE', done_on = :on, version = version + 1 where id = :id")
                .param("on", on)
                .param("id", id)
                .update();
    }

    public long addProgress(long taskId, long bodyId, ReportProgress command, String by) {
        return jdbc.sql("""
                insert into programme.progress_report (task_id, body_id, reported_on, achieved, note, reported_by)
                values (:task, :body, :on, :achieved, :note, :by) returning id
                """)
                .param("task", taskId)
                .param("body", bodyId)
                .param("on", command.reportedOn())
                .param("achieved", command.achieved())
                .param("note", command.note())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<ProgressReport> progress(long taskId) {
        return jdbc.sql("""
                select id, task_id, body_id, reported_on, achieved, note, reported_by from programme.progress_report
                where task_id = ? order by reported_on, id
                """)
                .param(taskId)
                .query((rs, n) -> new ProgressReport(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        rs.getLong("body_id"),
                        rs.getObject("reported_on", LocalDate.class),
                        (Integer) rs.getObject("achieved"),
                        rs.getString("note"),
                        rs.getString("reported_by")))
                .list();
    }

    public void recordEvent(String subjectType, long subjectId, String kind, @Nullable String note, String actor) {
        jdbc.sql("""
                insert into programme.plan_event (subject_type, subject_id, kind, note, actor)
                values (:type, :id, :kind, :note, :actor)
                """)
                .param("type", subjectType)
                .param("id", subjectId)
                .param("kind", kind)
                .param("note", note)
                .param("actor", actor)
                .update();
    }

    public List<PlanEvent> timeline(String subjectType, long subjectId) {
        return jdbc.sql("""
                select subject_type, subject_id, kind, note, actor, at from programme.plan_event
                where subject_type = ? and subject_id = ? order by id
                """)
                .params(subjectType, subjectId)
                .query((rs, n) -> new PlanEvent(
                        rs.getString("subject_type"),
                        rs.getLong("subject_id"),
                        rs.getString("kind"),
                        rs.getString("note"),
                        rs.getString("actor"),
                        LocalDateTime.ofInstant(rs.getTimestamp("at").toInstant(), VietnamTime.ZONE)))
                .list();
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getInt("year"),
                PlanSector.valueOf(rs.getString("sector")),
                rs.getString("title"),
                rs.getString("summary"));
    }

    private static PlanTask task(ResultSet rs, int n) throws SQLException {
        return new PlanTask(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("title"),
                rs.getLong("owner_body_id"),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("indicator"),
                (Integer) rs.getObject("target"),
                PlanTask.State.valueOf(rs.getString("state")),
                rs.getObject("done_on", LocalDate.class),
                (Integer) rs.getObject("achieved"));
    }
}
