package vn.danvan.democracy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.SupervisionCommands;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionCommands.Step;
import vn.danvan.democracy.domain.Supervision;
import vn.danvan.democracy.domain.SupervisionEvent;
import vn.danvan.democracy.domain.SupervisionRecommendation;

/**
 * The Front's supervision plans, supervisions and their sessions, the recommendations of every board and
 * supervision, and their timelines ({@code democracy} schema).
 */
@Repository
public class SupervisionRecords {

    private static final String SUPERVISION = """
            select s.id, s.plan_id, p.year, s.front_body_id, s.supervised_body_id, s.subject, s.team, s.first_session_on,
                s.decision_on, s.supervised_report_on, s.last_session_on, s.team_report_on, s.version
            from democracy.supervision s join democracy.supervision_plan p on p.id = s.plan_id
            """;

    private static final String RECOMMENDATION = """
            select id, source, board_id, supervision_id, commune_code, addressee_body_id, superior_body_id, content,
                sent_on, due_on, answered_on, answer, outcome, follow_up, closed_on, reconsideration, reconsideration_on,
                overdue_flagged_on, version
            from democracy.oversight_recommendation
            """;

    public record Plan(long id, long frontBodyId, int year, String title) {}

    private final JdbcClient jdbc;

    SupervisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans and supervisions ---------------------------------------------------------------------

    public long addPlan(SupervisionCommands.CreatePlan plan, String actor) {
        return jdbc.sql("""
                insert into democracy.supervision_plan (front_body_id, year, title, created_by)
                values (:front, :year, :title, :actor) returning id
                """)
                .param("front", plan.frontBodyId())
                .param("year", plan.year())
                .param("title", plan.title())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public Optional<Plan> plan(long id) {
        return jdbc.sql("select id, front_body_id, year, title from democracy.supervision_plan where id = ?")
                .param(id)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .optional();
    }

    public List<Plan> plans(Collection<Long> frontBodyIds) {
        if (frontBodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, front_body_id, year, title from democracy.supervision_plan where front_body_id in (:fronts)
                order by year desc, id desc
                """)
                .param("fronts", frontBodyIds)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    public long addSupervision(Plan plan, SupervisionCommands.CreateSupervision command, String actor) {
        return jdbc.sql("""
                insert into democracy.supervision (plan_id, front_body_id, supervised_body_id, subject, team,
                    first_session_on, created_by)
                values (:plan, :front, :supervised, :subject, :team, :first, :actor) returning id
                """)
                .param("plan", plan.id())
                .param("front", plan.frontBodyId())
                .param("supervised", command.supervisedBodyId())
                .param("subject", command.subject())
                .param("team", command.team())
                .param("first", command.firstSessionOn())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public Optional<Supervision> supervision(long id) {
        return jdbc.sql(SUPERVISION + " where s.id = ?")
                .param(id)
                .query(SupervisionRecords::supervision)
                .optional();
    }

    public Optional<Supervision> lockSupervision(long id) {
        return jdbc.sql(SUPERVISION + " where s.id = ? for update of s")
                .param(id)
                .query(SupervisionRecords::supervision)
                .optional();
    }

    public List<Supervision> supervisions(long planId) {
        return jdbc.sql(SUPERVISION + " where s.plan_id = ? order by s.first_session_on, s.id")
                .param(planId)
                .query(SupervisionRecords::supervision)
                .list();
    }

    public void recordStep(long id, Step step, LocalDate on) {
        String column = switch (step) {
            case DECISION_SENT -> "decision_on";
            case SUPERVISED_REPORT_RECEIVED -> "supervised_report_on";
            case TEAM_REPORT -> "team_report_on";
        };
        jdbc.sql("update democracy.supervision set " + column + " = ?, version = version + 1 where id = ?")
                .param(on)
                .param(id)
                .update();
    }

    public long addSession(long supervisionId, SupervisionCommands.AddSession session) {
        long id = jdbc.sql("""
                insert into democracy.supervision_session (supervision_id, held_on, place, summary)
                values (:supervision, :on, :place, :summary) returning id
                """)
                .param("supervision", supervisionId)
                .param("on", session.heldOn())
                .param("place", session.place())
                .param("summary", session.summary())
                .query(Long.class)
                .single();
        jdbc.sql("""
                update democracy.supervision set last_session_on = (select max(held_on) from democracy.supervision_session
                    where supervision_id = :id), version = version + 1 where id = :id
                """).param("id", supervisionId).update();
        return id;
    }

    public List<Supervision.Session> sessions(long supervisionId) {
        return jdbc.sql("""
                select id, held_on, place, summary from democracy.supervision_session where supervision_id = ?
                order by held_on, id
                """)
                .param(supervisionId)
                .query((rs, n) -> new Supervision.Session(
                        rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    // ---- recommendations ----------------------------------------------------------------------------

    public long addRecommendation(
            String source,
            @Nullable Long boardId,
            @Nullable Long supervisionId,
            @Nullable String communeCode,
            SupervisionCommands.SendRecommendation command,
            LocalDate dueOn,
            String actor) {
        return jdbc.sql("""
                insert into democracy.oversight_recommendation (source, board_id, supervision_id, commune_code,
                    addressee_body_id, superior_body_id, content, sent_on, due_on, created_by)
                values (:source, :board, :supervision, :commune, :addressee, :superior, :content, :sent, :due, :actor)
                returning id
                """)
                .param("source", source)
                .param("board", boardId)
                .param("supervision", supervisionId)
                .param("commune", communeCode)
                .param("addressee", command.addresseeBodyId())
                .param("superior", command.superiorBodyId())
                .param("content", command.content())
                .param("sent", command.sentOn())
                .param("due", dueOn)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public Optional<SupervisionRecommendation> recommendation(long id) {
        return jdbc.sql(RECOMMENDATION + " where id = ?")
                .param(id)
                .query(SupervisionRecords::recommendation)
                .optional();
    }

    public Optional<SupervisionRecommendation> lockRecommendation(long id) {
        return jdbc.sql(RECOMMENDATION + " where id = ? for update")
                .param(id)
                .query(SupervisionRecords::recommendation)
                .optional();
    }

    public List<SupervisionRecommendation> ofBoard(long boardId) {
        return jdbc.sql(RECOMMENDATION + " where board_id = ? order by sent_on desc, id desc")
                .param(boardId)
                .query(SupervisionRecords::recommendation)
                .list();
    }

    public List<SupervisionRecommendation> ofSupervision(long supervisionId) {
        return jdbc.sql(RECOMMENDATION + " where supervision_id = ? order by sent_on desc, id desc")
                .param(supervisionId)
                .query(SupervisionRecords::recommendation)
                .list();
    }

    /** Recommendations sent by, or to, the bodies; the unanswered past their due day when {@code overdueOn} is set. */
    public List<SupervisionRecommendation> involving(
            Collection<Long> bodyIds, @Nullable LocalDate overdueOn, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RECOMMENDATION + """
                 where (addressee_body_id in (:bodies) or superior_body_id in (:bodies)
                    or board_id in (select id from democracy.board where front_body_id in (:bodies))
                    or supervision_id in (select id from democracy.supervision where front_body_id in (:bodies)))
                   and (cast(:overdue as date) is null or (answered_on is null and closed_on is null and due_on < :overdue))
                 order by due_on, id limit :limit
                """)
                .param("bodies", bodyIds)
                .param("overdue", overdueOn)
                .param("limit", limit)
                .query(SupervisionRecords::recommendation)
                .list();
    }

    /** The public recommendations of a commune's Ban Thanh tra nhân dân and investment boards. */
    public List<SupervisionRecommendation> ofCommuneBoards(String communeCode, int limit) {
        return jdbc.sql(RECOMMENDATION
                        + " where commune_code = ? and board_id is not null order by sent_on desc, id desc limit ?")
                .param(communeCode)
                .param(limit)
                .query(SupervisionRecords::recommendation)
                .list();
    }

    /** The unanswered recommendations past their due day not flagged yet, locked for the one who flags them. */
    public List<SupervisionRecommendation> overdueUnflagged(LocalDate today) {
        return jdbc.sql(RECOMMENDATION + """
                 where answered_on is null and closed_on is null and due_on < ? and overdue_flagged_on is null
                 order by due_on, id for update skip locked
                """)
                .param(today)
                .query(SupervisionRecords::recommendation)
                .list();
    }

    public void flagOverdue(long id, LocalDate today) {
        jdbc.sql("update democracy.oversight_recommendation set overdue_flagged_on = ? where id = ?")
                .param(today)
                .param(id)
                .update();
    }

    public void answered(long id, SupervisionCommands.Answer answer) {
        jdbc.sql("""
                update democracy.oversight_recommendation set answered_on = :on, outcome = :outcome, answer = :answer,
                    version = version + 1 where id = :id
                """)
                .param("on", answer.answeredOn())
                .param("outcome", answer.outcome().name())
                .param("answer", answer.answer())
                .param("id", id)
                .update();
    }

    public void followedUp(long id, SupervisionCommands.FollowUp followUp) {
        jdbc.sql("""
                update democracy.oversight_recommendation
                set follow_up = concat_ws(E'\\n', follow_up, :note), closed_on = :closed, version = version + 1
                where id = :id
                """)
                .param("note", followUp.on() + ": " + followUp.note())
                .param("closed", followUp.closed() ? followUp.on() : null)
                .param("id", id)
                .update();
    }

    public void reconsiderationAsked(long id, SupervisionCommands.Reconsideration request) {
        jdbc.sql("""
                update democracy.oversight_recommendation set reconsideration = :reason, reconsideration_on = :on,
                    version = version + 1 where id = :id
                """)
                .param("reason", request.reason())
                .param("on", request.on())
                .param("id", id)
                .update();
    }

    // ---- timeline -----------------------------------------------------------------------------------

    public void recordEvent(String subject, long subjectId, String kind, String actor, @Nullable String detail) {
        jdbc.sql("""
                insert into democracy.oversight_event (subject, subject_id, kind, actor, detail)
                values (:subject, :id, :kind, :actor, :detail)
                """)
                .param("subject", subject)
                .param("id", subjectId)
                .param("kind", kind)
                .param("actor", actor)
                .param("detail", detail)
                .update();
    }

    public List<SupervisionEvent> timeline(String subject, long subjectId) {
        return jdbc.sql("""
                select id, kind, actor, detail, occurred_at from democracy.oversight_event
                where subject = ? and subject_id = ? order by occurred_at, id
                """)
                .param(subject)
                .param(subjectId)
                .query((rs, n) -> new SupervisionEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static Supervision supervision(ResultSet rs, int row) throws SQLException {
        return new Supervision(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class),
                rs.getInt(13));
    }

    private static SupervisionRecommendation recommendation(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new SupervisionRecommendation(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getObject("board_id", Long.class),
                rs.getObject("supervision_id", Long.class),
                rs.getString("commune_code"),
                rs.getLong("addressee_body_id"),
                rs.getObject("superior_body_id", Long.class),
                rs.getString("content"),
                rs.getObject("sent_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class),
                rs.getString("answer"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("follow_up"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("reconsideration"),
                rs.getObject("reconsideration_on", LocalDate.class),
                rs.getObject("overdue_flagged_on", LocalDate.class),
                rs.getInt("version"));
    }
}
