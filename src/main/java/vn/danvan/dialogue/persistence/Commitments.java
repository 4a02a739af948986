package vn.danvan.dialogue.persistence;

import static vn.danvan.shared.InputText.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.dialogue.CommitmentOverdue;
import vn.danvan.dialogue.DialogueCommands.MakeCommitment;
import vn.danvan.dialogue.domain.Commitment;
import vn.danvan.dialogue.domain.CommitmentEvent;
import vn.danvan.dialogue.domain.CommitmentState;
import vn.danvan.shared.AuditTrail;

/** The commitments made in dialogues, each with its timeline. */
@Repository
public class Commitments {

    private static final String SELECT = """
            select c.*, i.dialogue_id, d.topic, d.held_on, d.convener_body_id, d.co_convener_body_id, d.commune_code
            from dialogue.commitment c
            join dialogue.issue i on i.id = c.issue_id
            join dialogue.dialogue d on d.id = i.dialogue_id
            """;

    private final JdbcClient jdbc;

    Commitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an open commitment made in answer to the issue; returns its id. */
    public long add(long issueId, MakeCommitment command) {
        return jdbc.sql("""
                insert into dialogue.commitment (issue_id, owner_body_id, owner_name, owner_position, description,
                    due_on, state)
                values (:issue, :owner, :name, :position, :description, :due, 'OPEN') returning id
                """)
                .param("issue", issueId)
                .param("owner", command.ownerBodyId())
                .param("name", command.ownerName().strip())
                .param("position", blankToNull(command.ownerPosition()))
                .param("description", command.description().strip())
                .param("due", command.dueOn())
                .query(Long.class)
                .single();
    }

    public Optional<Commitment> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query((rs, n) -> commitment(rs))
                .optional();
    }

    /** The commitment, locked for a move until the transaction ends. */
    public Optional<Commitment> lock(long id) {
        return jdbc.sql("select id from dialogue.commitment where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** Writes where the commitment stands after a move. */
    public void save(Commitment commitment) {
        jdbc.sql("""
                update dialogue.commitment set state = :state, done_on = :doneOn, drop_reason = :dropReason,
                    confirmed = :confirmed, confirmed_by = :by, confirmed_on = :on, version = version + 1
                where id = :id
                """)
                .param("state", commitment.state().name())
                .param("doneOn", commitment.doneOn())
                .param("dropReason", commitment.dropReason())
                .param("confirmed", commitment.confirmed())
                .param("by", commitment.confirmedBy())
                .param("on", commitment.confirmedOn())
                .param("id", commitment.id())
                .update();
    }

    public List<Commitment> ofDialogue(long dialogueId) {
        return jdbc.sql(SELECT + " where i.dialogue_id = ? order by c.id")
                .param(dialogueId)
                .query((rs, n) -> commitment(rs))
                .list();
    }

    /** The ledger: commitments owned by, or made in dialogues of, the bodies; optionally only those overdue. */
    public List<Commitment> ledger(
            Collection<Long> bodyIds, @Nullable CommitmentState state, boolean overdueOnly, LocalDate today) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 where (c.owner_body_id in (:bodies) or d.convener_body_id in (:bodies)
                        or d.co_convener_body_id in (:bodies))
                   and (cast(:state as text) is null or c.state = :state)
                   and (not :overdueOnly or (c.state in ('OPEN', 'IN_PROGRESS') and c.due_on < :today))
                 order by c.due_on, c.id limit 500
                """)
                .param("bodies", bodyIds)
                .param("state", state == null ? null : state.name())
                .param("overdueOnly", overdueOnly)
                .param("today", today)
                .query((rs, n) -> commitment(rs))
                .list();
    }

    /** Commitments for the public page, optionally of one commune or body. */
    public List<Commitment> published(@Nullable String communeCode, @Nullable Long bodyId) {
        return jdbc.sql(SELECT + """
                 where (cast(:commune as text) is null or d.commune_code = :commune)
                   and (cast(:body as bigint) is null or c.owner_body_id = :body or d.convener_body_id = :body)
                 order by case when c.state in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, c.due_on, c.id limit 500
                """)
                .param("commune", communeCode)
                .param("body", bodyId)
                .query((rs, n) -> commitment(rs))
                .list();
    }

    /** Unfinished commitments past their due date not flagged yet, locked; others' locked rows are skipped. */
    public List<CommitmentOverdue> overdueUnflagged(LocalDate today) {
        return jdbc.sql("""
                select id, owner_body_id, owner_name, description, due_on from dialogue.commitment
                where state in ('OPEN', 'IN_PROGRESS') and due_on < :today and overdue_flagged_on is null
                for update skip locked
                """)
                .param("today", today)
                .query((rs, n) -> new CommitmentOverdue(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    public void flagOverdue(long id, LocalDate on) {
        jdbc.sql("update dialogue.commitment set overdue_flagged_on = :today where id = :id")
                .param("today", on)
                .param("id", id)
                .update();
    }

    // ---- timeline -----------------------------------------------------------------------------------

    /** Writes a line of the commitment's timeline, by the current actor. */
    public void recordEvent(
            long commitmentId,
            LocalDate on,
            String kind,
            @Nullable CommitmentState from,
            @Nullable CommitmentState to,
            @Nullable String note,
            @Nullable String evidence,
            boolean isPublic) {
        jdbc.sql("""
                insert into dialogue.commitment_event (commitment_id, occurred_on, kind, actor, from_state, to_state,
                    note, evidence, public)
                values (:commitment, :on, :kind, :actor, :from, :to, :note, :evidence, :public)
                """)
                .param("commitment", commitmentId)
                .param("on", on)
                .param("kind", kind)
                .param("actor", AuditTrail.currentActor())
                .param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name())
                .param("note", note)
                .param("evidence", evidence)
                .param("public", isPublic)
                .update();
    }

    public List<CommitmentEvent> timeline(long commitmentId, boolean publicOnly) {
        return jdbc.sql("""
                select * from dialogue.commitment_event where commitment_id = :id and (public or not :publicOnly)
                order by occurred_at, id
                """)
                .param("id", commitmentId)
                .param("publicOnly", publicOnly)
                .query((rs, n) -> new CommitmentEvent(
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("from_state"),
                        rs.getString("to_state"),
                        rs.getString("note"),
                        rs.getString("evidence"),
                        rs.getBoolean("public")))
                .list();
    }

    private static Commitment commitment(ResultSet rs) throws SQLException {
        return new Commitment(
                rs.getLong("id"),
                rs.getLong("issue_id"),
                rs.getLong("dialogue_id"),
                rs.getLong("owner_body_id"),
                rs.getString("owner_name"),
                rs.getString("owner_position"),
                rs.getString("description"),
                rs.getObject("due_on", LocalDate.class),
                CommitmentState.valueOf(rs.getString("state")),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("drop_reason"),
                (Boolean) rs.getObject("confirmed"),
                rs.getString("confirmed_by"),
                rs.getObject("confirmed_on", LocalDate.class),
                rs.getString("topic"),
                rs.getObject("held_on", LocalDate.class),
                rs.getLong("convener_body_id"),
                (Long) rs.getObject("co_convener_body_id"),
                rs.getString("commune_code"));
    }
}
