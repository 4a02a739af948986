package vn.danvan.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.programme.InspectionCommands.AddRecommendation;
import vn.danvan.programme.InspectionCommands.PlanInspection;
import vn.danvan.programme.domain.Inspection;
import vn.danvan.programme.domain.InspectionRecommendation;

/** Inspections of a unit's dân vận work with their recommendations ({@code programme} schema). */
@Repository
public class Inspections {

    private static final String COLUMNS = """
            id, body_id, inspected_body_id, planned_on, inspectors, subject, state, held_on, findings, follow_up,
            followed_up_on""";

    private static final String RECOMMENDATION_COLUMNS =
            "id, inspection_id, text, owner_body_id, due_on, state, done_on, result";

    private final JdbcClient jdbc;

    Inspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(PlanInspection command, String by) {
        return jdbc.sql("""
                insert into programme.work_inspection (body_id, inspected_body_id, planned_on, inspectors, subject,
                    created_by)
                values (:body, :inspected, :planned, :inspectors, :subject, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("inspected", command.inspectedBodyId())
                .param("planned", command.plannedOn())
                .param("inspectors", command.inspectors())
                .param("subject", command.subject())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<Inspection> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.work_inspection where id = ?")
                .param(id)
                .query(Inspections::inspection)
                .optional();
    }

    public Optional<Inspection> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.work_inspection where id = ? for update")
                .param(id)
                .query(Inspections::inspection)
                .optional();
    }

    /** Inspections one of the bodies made or underwent (all of them for allBodies), latest planned first. */
    public List<Inspection> of(Collection<Long> bodyIds, boolean allBodies) {
        return jdbc.sql("select " + COLUMNS + """
                 from programme.work_inspection
                where :all or body_id = any(:bodies) or inspected_body_id = any(:bodies)
                order by planned_on desc, id desc
                """)
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Inspections::inspection)
                .list();
    }

    public void recordFindings(long id, LocalDate heldOn, String findings) {
        jdbc.sql("""
                update programme.work_inspection set state = 'HELD', held_on = :held, findings = :findings,
                    version = version + 1
                where id = :id
                """)
                .param("held", heldOn)
                .param("findings", findings)
                .param("id", id)
                .update();
    }

    public void close(long id, LocalDate on, String followUp) {
        jdbc.sql("""
                update programme.work_inspection set state = 'CLOSED', followed_up_on = :on, follow_up = :followUp,
                    version = version + 1
                where id = :id
                """)
                .param("on", on)
                .param("followUp", followUp)
                .param("id", id)
                .update();
    }

    public long addRecommendation(long inspectionId, AddRecommendation command) {
        return jdbc.sql("""
                insert into programme.inspection_recommendation (inspection_id, text, owner_body_id, due_on)
                values (:inspection, :text, :owner, :due) returning id
                """)
                .param("inspection", inspectionId)
                .param("text", command.text())
                .param("owner", command.ownerBodyId())
                .param("due", command.dueOn())
                .query(Long.class)
                .single();
    }

    public List<InspectionRecommendation> recommendations(long inspectionId) {
        return jdbc.sql("select " + RECOMMENDATION_COLUMNS
                        + " from programme.inspection_recommendation where inspection_id = ? order by due_on, id")
                .param(inspectionId)
                .query(Inspections::recommendation)
                .list();
    }

    /** Open recommendations past their deadline that one of the bodies owns or gave (all for allBodies). */
    public List<InspectionRecommendation> overdue(Collection<Long> bodyIds, boolean allBodies, LocalDate today) {
        return jdbc.sql("select " + prefixed("r.") + """
                 from programme.inspection_recommendation r
                 join programme.work_inspection i on i.id = r.inspection_id
                where r.state = 'OPEN' and r.due_on < :today
                  and (:all or r.owner_body_id = any(:bodies) or i.body_id = any(:bodies))
                order by r.due_on, r.id
                """)
                .param("today", today)
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Inspections::recommendation)
                .list();
    }

    public Optional<InspectionRecommendation> lockRecommendation(long id) {
        return jdbc.sql("select " + RECOMMENDATION_COLUMNS
                        + " from programme.inspection_recommendation where id = ? for update")
                .param(id)
                .query(Inspections::recommendation)
                .optional();
    }

    public Optional<Long> inspectionOfRecommendation(long id) {
        return jdbc.sql("select inspection_id from programme.inspection_recommendation where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    public void completeRecommendation(InspectionRecommendation done) {
        jdbc.sql("""
                update programme.inspection_recommendation set state = 'DONE', done_on = :on, result = :result,
                    version = version + 1
                where id = :id
                """)
                .param("on", done.doneOn())
                .param("result", done.result())
                .param("id", done.id())
                .update();
    }

    private static String prefixed(String prefix) {
        return prefix + RECOMMENDATION_COLUMNS.replace(", ", ", " + prefix);
    }

    private static Inspection inspection(ResultSet rs, int n) throws SQLException {
        return new Inspection(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getLong("inspected_body_id"),
                rs.getObject("planned_on", LocalDate.class),
                rs.getString("inspectors"),
                rs.getString("subject"),
                Inspection.State.valueOf(rs.getString("state")),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("findings"),
                rs.getString("follow_up"),
                rs.getObject("followed_up_on", LocalDate.class));
    }

    private static InspectionRecommendation recommendation(ResultSet rs, int n) throws SQLException {
        return new InspectionRecommendation(
                rs.getLong("id"),
                rs.getLong("inspection_id"),
                rs.getString("text"),
                rs.getLong("owner_body_id"),
                rs.getObject("due_on", LocalDate.class),
                "DONE".equals(rs.getString("state")),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("result"));
    }
}
