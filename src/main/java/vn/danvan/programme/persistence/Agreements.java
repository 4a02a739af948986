package vn.danvan.programme.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.programme.AgreementCommands.AddJointTask;
import vn.danvan.programme.AgreementCommands.HoldJointReview;
import vn.danvan.programme.AgreementCommands.SignAgreement;
import vn.danvan.programme.domain.Agreement;
import vn.danvan.programme.domain.AgreementReview;
import vn.danvan.programme.domain.JointTask;

/** Coordination agreements with their parties, joint tasks and joint reviews ({@code programme} schema). */
@Repository
public class Agreements {

    private static final String COLUMNS = """
            a.id, a.lead_body_id, a.title, a.number, a.signed_on, a.valid_from, a.valid_to,
            array(select p.body_id from programme.agreement_party p where p.agreement_id = a.id order by p.body_id)
                as parties""";

    private static final String TASK_COLUMNS = "id, agreement_id, title, owner_body_id, due_on, state, done_on, result";

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(SignAgreement command, Set<Long> parties, String by) {
        long id = jdbc.sql("""
                insert into programme.agreement (lead_body_id, title, number, signed_on, valid_from, valid_to, created_by)
                values (:lead, :title, :number, :signed, :from, :to, :by) returning id
                """)
                .param("lead", command.leadBodyId())
                .param("title", command.title())
                .param("number", command.number())
                .param("signed", command.signedOn())
                .param("from", command.validFrom())
                .param("to", command.validTo())
                .param("by", by)
                .query(Long.class)
                .single();
        for (long body : parties) {
            jdbc.sql("insert into programme.agreement_party (agreement_id, body_id) values (?, ?)")
                    .params(id, body)
                    .update();
        }
        return id;
    }

    public Optional<Agreement> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.agreement a where a.id = ?")
                .param(id)
                .query(Agreements::agreement)
                .optional();
    }

    public Optional<Agreement> lock(long id) {
        jdbc.sql("select id from programme.agreement where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return find(id);
    }

    /** Agreements one of the bodies is a party to (all of them for allBodies), latest first. */
    public List<Agreement> of(Collection<Long> bodyIds, boolean allBodies) {
        return jdbc.sql("select " + COLUMNS + """
                 from programme.agreement a
                where :all or exists (select 1 from programme.agreement_party p
                                      where p.agreement_id = a.id and p.body_id = any(:bodies))
                order by a.valid_to desc, a.id desc
                """)
                .param("all", allBodies)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Agreements::agreement)
                .list();
    }

    public long addTask(long agreementId, AddJointTask command) {
        return jdbc.sql("""
                insert into programme.joint_task (agreement_id, title, owner_body_id, due_on)
                values (:agreement, :title, :owner, :due) returning id
                """)
                .param("agreement", agreementId)
                .param("title", command.title())
                .param("owner", command.ownerBodyId())
                .param("due", command.dueOn())
                .query(Long.class)
                .single();
    }

    public List<JointTask> tasks(long agreementId) {
        return jdbc.sql("select " + TASK_COLUMNS
                        + " from programme.joint_task where agreement_id = ? order by due_on, id")
                .param(agreementId)
                .query(Agreements::task)
                .list();
    }

    public Optional<JointTask> lockTask(long id) {
        return jdbc.sql("select " + TASK_COLUMNS + " from programme.joint_task where id = ? for update")
                .param(id)
                .query(Agreements::task)
                .optional();
    }

    public Optional<Long> agreementOfTask(long taskId) {
        return jdbc.sql("select agreement_id from programme.joint_task where id = ?")
                .param(taskId)
                .query(Long.class)
                .optional();
    }

    public void completeTask(JointTask task) {
        jdbc.sql("""
                update programme.joint_task set state = 'DONE', done_on = :on, result = :result, version = version + 1
                where id = :id
                """)
                .param("on", task.doneOn())
                .param("result", task.result())
                .param("id", task.id())
                .update();
    }

    public long addReview(long agreementId, HoldJointReview command, int done, int open, String by) {
        return jdbc.sql("""
                insert into programme.agreement_review (agreement_id, held_on, results, next_steps, tasks_done,
                    tasks_open, recorded_by)
                values (:agreement, :on, :results, :next, :done, :open, :by) returning id
                """)
                .param("agreement", agreementId)
                .param("on", command.heldOn())
                .param("results", command.results())
                .param("next", command.nextSteps())
                .param("done", done)
                .param("open", open)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<AgreementReview> reviews(long agreementId) {
        return jdbc.sql("""
                select id, agreement_id, held_on, results, next_steps, tasks_done, tasks_open, recorded_by
                from programme.agreement_review where agreement_id = ? order by held_on, id
                """)
                .param(agreementId)
                .query((rs, n) -> new AgreementReview(
                        rs.getLong("id"),
                        rs.getLong("agreement_id"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("results"),
                        rs.getString("next_steps"),
                        rs.getInt("tasks_done"),
                        rs.getInt("tasks_open"),
                        rs.getString("recorded_by")))
                .list();
    }

    private static Agreement agreement(ResultSet rs, int n) throws SQLException {
        Array parties = rs.getArray("parties");
        Set<Long> ids = new HashSet<>(Arrays.asList((Long[]) parties.getArray()));
        return new Agreement(
                rs.getLong("id"),
                rs.getLong("lead_body_id"),
                rs.getString("title"),
                rs.getString("number"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                ids);
    }

    private static JointTask task(ResultSet rs, int n) throws SQLException {
        return new JointTask(
                rs.getLong("id"),
                rs.getLong("agreement_id"),
                rs.getString("title"),
                rs.getLong("owner_body_id"),
                rs.getObject("due_on", LocalDate.class),
                "DONE".equals(rs.getString("state")),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("result"));
    }
}
