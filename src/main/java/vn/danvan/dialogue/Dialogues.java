package vn.danvan.dialogue;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueCommands.MakeCommitment;
import vn.danvan.dialogue.DialogueCommands.RaiseIssue;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;

/**
 * Dialogues, the issues raised in them and the commitments made in answer. Every change of a
 * commitment is guarded by its state, written to its timeline and audited in the same transaction.
 */
@Service
@Transactional
public class Dialogues {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long MAX_MINUTES_BYTES = 10L * 1024 * 1024;
    private static final String MINUTES_AREA = "dialogue-minutes";
    private static final Set<BodyKind> CONVENERS = EnumSet.of(BodyKind.PARTY_COMMITTEE, BodyKind.PEOPLES_COMMITTEE,
            BodyKind.FATHERLAND_FRONT);
    private static final Set<Role> WORKERS = EnumSet.of(Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF,
            Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.ADMINISTRATOR);

    public record Dialogue(long id, long convenerBodyId, @Nullable Long coConvenerBodyId, DialogueKind kind,
            LocalDate heldOn, String place, String topic, String chairName, @Nullable String chairPosition,
            int participants, @Nullable String groupsPresent, @Nullable String minutes, @Nullable String communeCode) {
    }

    public record Issue(long id, long dialogueId, String content, @Nullable String raisedBy, String fieldCode,
            @Nullable String answer) {
    }

    public record Commitment(long id, long issueId, long dialogueId, long ownerBodyId, String ownerName,
            @Nullable String ownerPosition, String description, LocalDate dueOn, CommitmentState state,
            @Nullable LocalDate doneOn, @Nullable String dropReason, @Nullable Boolean confirmed,
            @Nullable String confirmedBy, @Nullable LocalDate confirmedOn, String dialogueTopic, LocalDate dialogueHeldOn,
            long convenerBodyId, @Nullable Long coConvenerBodyId, @Nullable String communeCode) {

        /** Whether the staff member works for the owner, the convener or the co-convener. */
        boolean concerns(StaffMember staff) {
            return staff.inScope(ownerBodyId) || staff.inScope(convenerBodyId)
                    || coConvenerBodyId != null && staff.inScope(coConvenerBodyId);
        }

        /** Past its due date and neither done nor dropped, as of {@code today}. */
        public boolean overdueOn(LocalDate today) {
            return state.unfinished() && dueOn.isBefore(today);
        }
    }

    public record MinutesFile(long id, String fileName, String contentType, long sizeBytes) {
    }

    public record Event(OffsetDateTime occurredAt, LocalDate occurredOn, String kind, String actor,
            @Nullable String fromState, @Nullable String toState, @Nullable String note, @Nullable String evidence,
            boolean isPublic) {
    }

    private static final String COMMITMENT_SELECT = """
            select c.*, i.dialogue_id, d.topic, d.held_on, d.convener_body_id, d.co_convener_body_id, d.commune_code
            from dialogue.commitment c
            join dialogue.issue i on i.id = c.issue_id
            join dialogue.dialogue d on d.id = i.dialogue_id
            """;

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final PetitionQueries petitions;
    private final AuditTrail audit;
    private final FileStore files;
    private final ApplicationEventPublisher events;

    Dialogues(JdbcClient jdbc, OrganizationDirectory organization, PetitionQueries petitions, AuditTrail audit,
            FileStore files, ApplicationEventPublisher events) {
        this.files = files;
        this.events = events;
        this.jdbc = jdbc;
        this.organization = organization;
        this.petitions = petitions;
        this.audit = audit;
    }

    // ---- dialogues and issues -----------------------------------------------------------------------

    public Dialogue hold(HoldDialogue command, LocalDate today, StaffMember staff) {
        Body convener = convener(command.convenerBodyId());
        requireWork(staff, convener.id());
        if (command.coConvenerBodyId() != null) {
            if (command.coConvenerBodyId().equals(command.convenerBodyId())) {
                throw DomainException.invalid("dialogue.co-convener-same");
            }
            convener(command.coConvenerBodyId());
        }
        if (command.heldOn().isAfter(today)) {
            throw DomainException.invalid("dialogue.in-future");
        }
        if (command.communeCode() != null && organization.commune(command.communeCode()).isEmpty()) {
            throw DomainException.invalid("dialogue.commune-unknown", command.communeCode());
        }
        String commune = command.communeCode() != null ? command.communeCode() : convener.communeCode();
        long id = jdbc.sql("""
                insert into dialogue.dialogue (convener_body_id, co_convener_body_id, kind, held_on, place, topic,
                    chair_name, chair_position, participants, groups_present, minutes, commune_code, created_by)
                values (:convener, :coConvener, :kind, :day, :place, :topic, :chair, :position, :participants, :groups,
                    :minutes, :commune, :by) returning id
                """).param("convener", convener.id()).param("coConvener", command.coConvenerBodyId())
                .param("kind", command.kind().name()).param("day", command.heldOn())
                .param("place", command.place().strip()).param("topic", command.topic().strip())
                .param("chair", command.chairName().strip()).param("position", blankToNull(command.chairPosition()))
                .param("participants", command.participants()).param("groups", blankToNull(command.groupsPresent()))
                .param("minutes", blankToNull(command.minutes())).param("commune", commune)
                .param("by", staff.username()).query(Long.class).single();
        audit.record("dialogue.held", "dialogue", id, Map.of("convener", convener.id(), "kind", command.kind().name(),
                "day", command.heldOn().toString()));
        return dialogue(id).orElseThrow();
    }

    public Issue raiseIssue(long dialogueId, RaiseIssue command, StaffMember staff) {
        Dialogue dialogue = dialogue(dialogueId).orElseThrow(() -> DomainException.notFound("dialogue.unknown"));
        requireWork(staff, dialogue.convenerBodyId());
        if (petitions.fields().stream().noneMatch(f -> f.code().equals(command.fieldCode()))) {
            throw DomainException.invalid("dialogue.field-unknown", command.fieldCode());
        }
        long id = jdbc.sql("""
                insert into dialogue.issue (dialogue_id, content, raised_by, field_code, answer)
                values (:dialogue, :content, :raisedBy, :field, :answer) returning id
                """).param("dialogue", dialogueId).param("content", command.content().strip())
                .param("raisedBy", blankToNull(command.raisedBy())).param("field", command.fieldCode())
                .param("answer", blankToNull(command.answer())).query(Long.class).single();
        audit.record("dialogue.issue-raised", "dialogue", dialogueId, Map.of("issue", id));
        return issue(id).orElseThrow();
    }

    /** A file of the minutes (biên bản): PDF, Word or a scan, at most {@link #MAX_MINUTES_BYTES}. */
    public MinutesFile attachMinutes(long dialogueId, String fileName, InputStream content, StaffMember staff) {
        Dialogue dialogue = dialogue(dialogueId).orElseThrow(() -> DomainException.notFound("dialogue.unknown"));
        requireWork(staff, dialogue.convenerBodyId());
        FileStore.Stored stored = files.store(MINUTES_AREA, fileName, content, MAX_MINUTES_BYTES, "dialogue.minutes");
        long id = jdbc.sql("""
                insert into dialogue.minutes_file (dialogue_id, file_name, content_type, size_bytes, sha256, storage_key,
                    uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(dialogueId, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
                stored.key(), staff.username()).query(Long.class).single();
        audit.record("dialogue.minutes-attached", "dialogue", dialogueId, Map.of("file", id, "size", stored.size()));
        return new MinutesFile(id, stored.fileName(), stored.contentType(), stored.size());
    }

    @Transactional(readOnly = true)
    public List<MinutesFile> minutes(long dialogueId) {
        return jdbc.sql("select id, file_name, content_type, size_bytes from dialogue.minutes_file where dialogue_id = ? order by id")
                .param(dialogueId).query((rs, n) -> new MinutesFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4))).list();
    }

    /** The stored file of the minutes, for staff who may see the dialogue. */
    @Transactional(readOnly = true)
    public Path minutesPath(long dialogueId, long fileId, StaffMember staff) {
        dialogue(dialogueId, staff);
        return jdbc.sql("select storage_key from dialogue.minutes_file where id = ? and dialogue_id = ?")
                .params(fileId, dialogueId).query(String.class).optional()
                .map(key -> files.path(MINUTES_AREA, key))
                .orElseThrow(() -> DomainException.notFound("dialogue.minutes-unknown"));
    }

    // ---- commitments --------------------------------------------------------------------------------

    /** The answer to an issue becomes a promise of a person of a body, due on a day. */
    public Commitment commit(long issueId, MakeCommitment command, LocalDate today, StaffMember staff) {
        Issue issue = issue(issueId).orElseThrow(() -> DomainException.notFound("dialogue.issue-unknown"));
        Dialogue dialogue = dialogue(issue.dialogueId()).orElseThrow();
        requireWork(staff, dialogue.convenerBodyId());
        organization.body(command.ownerBodyId())
                .orElseThrow(() -> DomainException.invalid("dialogue.owner-unknown"));
        if (command.dueOn().isBefore(dialogue.heldOn())) {
            throw DomainException.invalid("dialogue.due-before-dialogue");
        }
        long id = jdbc.sql("""
                insert into dialogue.commitment (issue_id, owner_body_id, owner_name, owner_position, description,
                    due_on, state)
                values (:issue, :owner, :name, :position, :description, :due, 'OPEN') returning id
                """).param("issue", issueId).param("owner", command.ownerBodyId())
                .param("name", command.ownerName().strip()).param("position", blankToNull(command.ownerPosition()))
                .param("description", command.description().strip()).param("due", command.dueOn())
                .query(Long.class).single();
        event(id, today, "MADE", null, CommitmentState.OPEN, null, null, true);
        audit.record("commitment.made", "commitment", id, Map.of("owner", command.ownerBodyId(),
                "due", command.dueOn().toString()));
        return commitment(id).orElseThrow();
    }

    public Commitment start(long commitmentId, @Nullable String note, LocalDate today, StaffMember staff) {
        return change(commitmentId, staff, today, EnumSet.of(CommitmentState.OPEN), CommitmentState.IN_PROGRESS,
                "STARTED", blankToNull(note), null, Map.of());
    }

    /** A progress note, with optional evidence (a document number, a link): it does not change the state. */
    public Commitment reportProgress(long commitmentId, String note, @Nullable String evidence, boolean isPublic,
            LocalDate today, StaffMember staff) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("commitment.note-required");
        }
        Commitment commitment = locked(commitmentId, staff);
        if (!commitment.state().unfinished()) {
            throw DomainException.conflict("commitment.finished");
        }
        event(commitmentId, today, "PROGRESS", null, null, note.strip(), blankToNull(evidence), isPublic);
        audit.record("commitment.progress", "commitment", commitmentId, Map.of("public", isPublic));
        return commitment(commitmentId).orElseThrow();
    }

    public Commitment complete(long commitmentId, LocalDate doneOn, @Nullable String evidence, LocalDate today,
            StaffMember staff) {
        if (doneOn.isAfter(today)) {
            throw DomainException.invalid("commitment.done-in-future");
        }
        return change(commitmentId, staff, today, CommitmentState.UNFINISHED, CommitmentState.DONE, "DONE", null,
                evidence, Map.of("done_on", doneOn));
    }

    public Commitment drop(long commitmentId, String reason, LocalDate today, StaffMember staff) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("commitment.reason-required");
        }
        return change(commitmentId, staff, today, CommitmentState.UNFINISHED, CommitmentState.DROPPED, "DROPPED",
                reason.strip(), null, Map.of("drop_reason", reason.strip()));
    }

    /** The people who raised the issue say whether the promise was kept — only once it is reported done. */
    public Commitment confirm(long commitmentId, boolean confirmed, String confirmedBy, LocalDate today,
            StaffMember staff) {
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw DomainException.invalid("commitment.confirmed-by-required");
        }
        Commitment commitment = locked(commitmentId, staff);
        if (commitment.state() != CommitmentState.DONE) {
            throw DomainException.conflict("commitment.confirm-needs-done");
        }
        if (commitment.confirmed() != null) {
            throw DomainException.conflict("commitment.already-confirmed");
        }
        jdbc.sql("""
                update dialogue.commitment set confirmed = :confirmed, confirmed_by = :by, confirmed_on = :on,
                    version = version + 1 where id = :id
                """).param("confirmed", confirmed).param("by", confirmedBy.strip()).param("on", today)
                .param("id", commitmentId).update();
        event(commitmentId, today, confirmed ? "CONFIRMED" : "DISPUTED", null, null, confirmedBy.strip(), null, true);
        audit.record(confirmed ? "commitment.confirmed" : "commitment.disputed", "commitment", commitmentId,
                Map.of("by", confirmedBy.strip()));
        return commitment(commitmentId).orElseThrow();
    }

    /** Flags each unfinished commitment past its due date, once; returns how many were flagged. */
    public int flagOverdue(LocalDate today) {
        List<CommitmentOverdue> overdue = jdbc.sql("""
                select id, owner_body_id, owner_name, description, due_on from dialogue.commitment
                where state in ('OPEN', 'IN_PROGRESS') and due_on < :today and overdue_flagged_on is null
                for update skip locked
                """).param("today", today).query((rs, n) -> new CommitmentOverdue(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class))).list();
        for (CommitmentOverdue commitment : overdue) {
            long id = commitment.commitmentId();
            jdbc.sql("update dialogue.commitment set overdue_flagged_on = :today where id = :id")
                    .param("today", today).param("id", id).update();
            event(id, today, "OVERDUE", null, null, null, null, true);
            audit.record("commitment.overdue", "commitment", id, Map.of("on", today.toString()));
            events.publishEvent(commitment);
        }
        return overdue.size();
    }

    /** Moves a commitment from one of {@code from} to {@code to}, setting the columns that go with the move. */
    private Commitment change(long commitmentId, StaffMember staff, LocalDate today, Set<CommitmentState> from,
            CommitmentState to, String kind, @Nullable String note, @Nullable String evidence, Map<String, ?> columns) {
        Commitment commitment = locked(commitmentId, staff);
        if (!from.contains(commitment.state())) {
            throw DomainException.conflict("commitment.transition-not-allowed", commitment.state().name(), to.name());
        }
        StringBuilder set = new StringBuilder("state = :state, version = version + 1");
        columns.keySet().forEach(column -> set.append(", ").append(column).append(" = :").append(column));
        var update = jdbc.sql("update dialogue.commitment set " + set + " where id = :id")
                .param("state", to.name()).param("id", commitmentId);
        for (var column : columns.entrySet()) {
            update = update.param(column.getKey(), column.getValue());
        }
        update.update();
        event(commitmentId, today, kind, commitment.state(), to, note, blankToNull(evidence), true);
        Map<String, Object> details = new HashMap<>();
        details.put("from", commitment.state().name());
        details.put("to", to.name());
        if (note != null) {
            details.put("note", note);
        }
        audit.record("commitment." + kind.toLowerCase(java.util.Locale.ROOT), "commitment", commitmentId, details);
        return commitment(commitmentId).orElseThrow();
    }

    private Commitment locked(long commitmentId, StaffMember staff) {
        jdbc.sql("select id from dialogue.commitment where id = ? for update").param(commitmentId).query(Long.class)
                .optional().orElseThrow(() -> DomainException.notFound("commitment.unknown"));
        Commitment commitment = commitment(commitmentId).orElseThrow();
        if (!commitment.concerns(staff)) {
            audit.recordRefusal("commitment.refused", "commitment", commitmentId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
        requireRole(staff);
        return commitment;
    }

    private void event(long commitmentId, LocalDate on, String kind, @Nullable CommitmentState from,
            @Nullable CommitmentState to, @Nullable String note, @Nullable String evidence, boolean isPublic) {
        jdbc.sql("""
                insert into dialogue.commitment_event (commitment_id, occurred_on, kind, actor, from_state, to_state,
                    note, evidence, public)
                values (:commitment, :on, :kind, :actor, :from, :to, :note, :evidence, :public)
                """).param("commitment", commitmentId).param("on", on).param("kind", kind)
                .param("actor", AuditTrail.currentActor()).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("note", note).param("evidence", evidence)
                .param("public", isPublic).update();
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<Dialogue> dialogue(long id) {
        return jdbc.sql("select * from dialogue.dialogue where id = ?").param(id).query((rs, n) -> dialogue(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    public Dialogue dialogue(long id, StaffMember staff) {
        Dialogue dialogue = dialogue(id).orElseThrow(() -> DomainException.notFound("dialogue.unknown"));
        if (!staff.inScope(dialogue.convenerBodyId())
                && (dialogue.coConvenerBodyId() == null || !staff.inScope(dialogue.coConvenerBodyId()))) {
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
        return dialogue;
    }

    /** The dialogues convened or co-convened by the bodies in a year, latest first. */
    @Transactional(readOnly = true)
    public List<Dialogue> dialogues(Collection<Long> bodyIds, int year) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from dialogue.dialogue
                where (convener_body_id in (:bodies) or co_convener_body_id in (:bodies))
                  and held_on between :first and :last
                order by held_on desc, id desc
                """).param("bodies", bodyIds).param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31)).query((rs, n) -> dialogue(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Issue> issue(long id) {
        return jdbc.sql("select * from dialogue.issue where id = ?").param(id).query((rs, n) -> issue(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<Issue> issues(long dialogueId) {
        return jdbc.sql("select * from dialogue.issue where dialogue_id = ? order by id").param(dialogueId)
                .query((rs, n) -> issue(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> commitment(long id) {
        return jdbc.sql(COMMITMENT_SELECT + " where c.id = ?").param(id).query((rs, n) -> commitment(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOfDialogue(long dialogueId) {
        return jdbc.sql(COMMITMENT_SELECT + " where i.dialogue_id = ? order by c.id").param(dialogueId)
                .query((rs, n) -> commitment(rs)).list();
    }

    /** The ledger: commitments owned by, or made in dialogues of, the bodies; optionally only those overdue. */
    @Transactional(readOnly = true)
    public List<Commitment> ledger(Collection<Long> bodyIds, @Nullable CommitmentState state, boolean overdueOnly,
            LocalDate today) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMMITMENT_SELECT + """
                 where (c.owner_body_id in (:bodies) or d.convener_body_id in (:bodies)
                        or d.co_convener_body_id in (:bodies))
                   and (cast(:state as text) is null or c.state = :state)
                   and (not :overdueOnly or (c.state in ('OPEN', 'IN_PROGRESS') and c.due_on < :today))
                 order by c.due_on, c.id limit 500
                """).param("bodies", bodyIds).param("state", state == null ? null : state.name())
                .param("overdueOnly", overdueOnly).param("today", today).query((rs, n) -> commitment(rs)).list();
    }

    /** Commitments for the public page, optionally of one commune or body. */
    @Transactional(readOnly = true)
    public List<Commitment> published(@Nullable String communeCode, @Nullable Long bodyId) {
        return jdbc.sql(COMMITMENT_SELECT + """
                 where (cast(:commune as text) is null or d.commune_code = :commune)
                   and (cast(:body as bigint) is null or c.owner_body_id = :body or d.convener_body_id = :body)
                 order by case when c.state in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, c.due_on, c.id limit 500
                """).param("commune", communeCode).param("body", bodyId).query((rs, n) -> commitment(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<Event> timeline(long commitmentId, boolean publicOnly) {
        return jdbc.sql("""
                select * from dialogue.commitment_event where commitment_id = :id and (public or not :publicOnly)
                order by occurred_at, id
                """).param("id", commitmentId).param("publicOnly", publicOnly)
                .query((rs, n) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("kind"), rs.getString("actor"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("note"),
                        rs.getString("evidence"), rs.getBoolean("public"))).list();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Body convener(long bodyId) {
        Body body = organization.body(bodyId).orElseThrow(() -> DomainException.invalid("dialogue.body-unknown"));
        if (!CONVENERS.contains(body.kind())) {
            throw DomainException.invalid("dialogue.not-a-convener", body.name());
        }
        return body;
    }

    private void requireWork(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal("dialogue.refused", "body", bodyId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
        requireRole(staff);
    }

    private static void requireRole(StaffMember staff) {
        if (WORKERS.stream().noneMatch(staff::has)) {
            throw DomainException.forbidden("dialogue.role-required");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Dialogue dialogue(ResultSet rs) throws SQLException {
        return new Dialogue(rs.getLong("id"), rs.getLong("convener_body_id"), (Long) rs.getObject("co_convener_body_id"),
                DialogueKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("place"), rs.getString("topic"), rs.getString("chair_name"), rs.getString("chair_position"),
                rs.getInt("participants"), rs.getString("groups_present"), rs.getString("minutes"),
                rs.getString("commune_code"));
    }

    private static Issue issue(ResultSet rs) throws SQLException {
        return new Issue(rs.getLong("id"), rs.getLong("dialogue_id"), rs.getString("content"), rs.getString("raised_by"),
                rs.getString("field_code"), rs.getString("answer"));
    }

    private static Commitment commitment(ResultSet rs) throws SQLException {
        return new Commitment(rs.getLong("id"), rs.getLong("issue_id"), rs.getLong("dialogue_id"),
                rs.getLong("owner_body_id"), rs.getString("owner_name"), rs.getString("owner_position"),
                rs.getString("description"), rs.getObject("due_on", LocalDate.class),
                CommitmentState.valueOf(rs.getString("state")), rs.getObject("done_on", LocalDate.class),
                rs.getString("drop_reason"), (Boolean) rs.getObject("confirmed"), rs.getString("confirmed_by"),
                rs.getObject("confirmed_on", LocalDate.class), rs.getString("topic"),
                rs.getObject("held_on", LocalDate.class), rs.getLong("convener_body_id"), (Long) rs.getObject("co_convener_body_id"), rs.getString("commune_code"));
    }
}
