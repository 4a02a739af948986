package vn.danvan.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.programme.AdviceCommands.AddAdviceTask;
import vn.danvan.programme.AdviceCommands.DraftAdvice;
import vn.danvan.programme.AdviceCommands.RecordDecision;
import vn.danvan.programme.AdviceOutcome;
import vn.danvan.programme.domain.Advice;
import vn.danvan.programme.domain.AdviceEvidence;
import vn.danvan.programme.domain.AdviceTask;

/** Advice to the Party committee with its frozen evidence, decision and follow-up tasks ({@code programme}). */
@Repository
public class Advices {

    private static final String COLUMNS = """
            id, body_id, committee_body_id, title, proposal, state, evidence_from, evidence_to, evidence, sent_on,
            outcome, decided_on, decision_number, decision""";

    private static final String TASK_COLUMNS = "id, advice_id, title, owner_body_id, due_on, done_on, result";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Advices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(DraftAdvice command, String by) {
        return jdbc.sql("""
                insert into programme.advice (body_id, committee_body_id, title, proposal, evidence_from, evidence_to,
                    created_by)
                values (:body, :committee, :title, :proposal, :from, :to, :by) returning id
                """)
                .param("body", command.bodyId())
                .param("committee", command.committeeBodyId())
                .param("title", command.title())
                .param("proposal", command.proposal())
                .param("from", command.evidenceFrom())
                .param("to", command.evidenceTo())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<Advice> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.advice where id = ?")
                .param(id)
                .query(this::advice)
                .optional();
    }

    public Optional<Advice> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.advice where id = ? for update")
                .param(id)
                .query(this::advice)
                .optional();
    }

    /** Advice one of the bodies gave or received (all of it for allBodies), latest first. */
    public List<Advice> of(Collection<Long> bodyIds, boolean allBodies) {
        return jdbc.sql("select " + COLUMNS + """
                 from programme.advice
                where :all or body_id = any(:bodies) or committee_body_id = any(:bodies)
                order by id desc
                """)
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(this::advice)
                .list();
    }

    public void send(long id, LocalDate on, AdviceEvidence evidence) {
        jdbc.sql("""
                update programme.advice set state = 'SENT', sent_on = :on, evidence = cast(:evidence as jsonb),
                    version = version + 1
                where id = :id
                """)
                .param("on", on)
                .param("evidence", json.writeValueAsString(evidence))
                .param("id", id)
                .update();
    }

    public void decide(long id, RecordDecision command) {
        jdbc.sql("""
                update programme.advice set state = 'DECIDED', outcome = :outcome, decided_on = :on,
                    decision_number = :number, decision = :decision, version = version + 1
                where id = :id
                """)
                .param("outcome", command.outcome().name())
                .param("on", command.decidedOn())
                .param("number", command.decisionNumber())
                .param("decision", command.decision())
                .param("id", id)
                .update();
    }

    public long addTask(long adviceId, AddAdviceTask command) {
        return jdbc.sql("""
                insert into programme.advice_task (advice_id, title, owner_body_id, due_on)
                values (:advice, :title, :owner, :due) returning id
                """)
                .param("advice", adviceId)
                .param("title", command.title())
                .param("owner", command.ownerBodyId())
                .param("due", command.dueOn())
                .query(Long.class)
                .single();
    }

    public List<AdviceTask> tasks(long adviceId) {
        return jdbc.sql("select " + TASK_COLUMNS
                        + " from programme.advice_task where advice_id = ? order by due_on, id")
                .param(adviceId)
                .query(Advices::task)
                .list();
    }

    public Optional<AdviceTask> lockTask(long id) {
        return jdbc.sql("select " + TASK_COLUMNS + " from programme.advice_task where id = ? for update")
                .param(id)
                .query(Advices::task)
                .optional();
    }

    public Optional<Long> adviceOfTask(long taskId) {
        return jdbc.sql("select advice_id from programme.advice_task where id = ?")
                .param(taskId)
                .query(Long.class)
                .optional();
    }

    public void completeTask(AdviceTask done) {
        jdbc.sql("""
                update programme.advice_task set done_on = :on, result = :result, version = version + 1
                where id = :id
                """)
                .param("on", done.doneOn())
                .param("result", done.result())
                .param("id", done.id())
                .update();
    }

    private Advice advice(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state");
        String evidence = rs.getString("evidence");
        @Nullable
        AdviceEvidence frozen =
                "DRAFTED".equals(state) || evidence == null ? null : json.readValue(evidence, AdviceEvidence.class);
        String outcome = rs.getString("outcome");
        return new Advice(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getLong("committee_body_id"),
                rs.getString("title"),
                rs.getString("proposal"),
                Advice.State.valueOf(state),
                rs.getObject("evidence_from", LocalDate.class),
                rs.getObject("evidence_to", LocalDate.class),
                frozen,
                rs.getObject("sent_on", LocalDate.class),
                outcome == null ? null : AdviceOutcome.valueOf(outcome),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_number"),
                rs.getString("decision"));
    }

    private static AdviceTask task(ResultSet rs, int n) throws SQLException {
        return new AdviceTask(
                rs.getLong("id"),
                rs.getLong("advice_id"),
                rs.getString("title"),
                rs.getLong("owner_body_id"),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("result"));
    }
}
