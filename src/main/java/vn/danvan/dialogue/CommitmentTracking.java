package vn.danvan.dialogue;

import static vn.danvan.shared.InputText.blankToNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.dialogue.DialogueCommands.MakeCommitment;
import vn.danvan.dialogue.domain.Commitment;
import vn.danvan.dialogue.domain.CommitmentEvent;
import vn.danvan.dialogue.domain.CommitmentState;
import vn.danvan.dialogue.domain.Dialogue;
import vn.danvan.dialogue.domain.DialoguePolicy;
import vn.danvan.dialogue.domain.Issue;
import vn.danvan.dialogue.persistence.Commitments;
import vn.danvan.dialogue.persistence.Dialogues;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * The ledger of commitments made in dialogues: a promise is made, started, reported on, done or dropped, and
 * confirmed by the people who raised it. The commitment guards each move; every move is written to its timeline
 * and audited in the same transaction.
 */
@Service
@Transactional
public class CommitmentTracking {

    private final Commitments commitments;
    private final Dialogues dialogues;
    private final DialoguePolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    CommitmentTracking(
            Commitments commitments,
            Dialogues dialogues,
            DialoguePolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.commitments = commitments;
        this.dialogues = dialogues;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    /** The answer to an issue becomes a promise of a person of a body, due on a day. */
    public CommitmentId commit(long issueId, MakeCommitment command, LocalDate today, StaffMember staff) {
        Issue issue = dialogues.issue(issueId).orElseThrow(() -> DomainException.notFound("dialogue.issue-unknown"));
        Dialogue dialogue = dialogues.find(issue.dialogueId()).orElseThrow();
        policy.requireWork(staff, dialogue.convenerBodyId());
        organization.body(command.ownerBodyId()).orElseThrow(() -> DomainException.invalid("dialogue.owner-unknown"));
        dialogue.checkDue(command.dueOn());
        long id = commitments.add(issueId, command);
        commitments.recordEvent(id, today, "MADE", null, CommitmentState.OPEN, null, null, true);
        audit.record(
                "commitment.made",
                "commitment",
                id,
                Map.of("owner", command.ownerBodyId(), "due", command.dueOn().toString()));
        return new CommitmentId(id);
    }

    public Commitment start(long commitmentId, @Nullable String note, LocalDate today, StaffMember staff) {
        Commitment commitment = locked(commitmentId, staff);
        return moved(commitment, commitment.start(), today, "STARTED", blankToNull(note), null);
    }

    /** A progress note, with optional evidence (a document number, a link): it does not change the state. */
    public Commitment reportProgress(
            long commitmentId,
            String note,
            @Nullable String evidence,
            boolean isPublic,
            LocalDate today,
            StaffMember staff) {
        String text = Commitment.required(note, "commitment.note-required");
        Commitment commitment = locked(commitmentId, staff);
        commitment.checkProgress();
        commitments.recordEvent(commitmentId, today, "PROGRESS", null, null, text, blankToNull(evidence), isPublic);
        audit.record("commitment.progress", "commitment", commitmentId, Map.of("public", isPublic));
        return commitment;
    }

    public Commitment complete(
            long commitmentId, LocalDate doneOn, @Nullable String evidence, LocalDate today, StaffMember staff) {
        Commitment.checkDoneOn(doneOn, today);
        Commitment commitment = locked(commitmentId, staff);
        return moved(commitment, commitment.complete(doneOn), today, "DONE", null, evidence);
    }

    public Commitment drop(long commitmentId, String reason, LocalDate today, StaffMember staff) {
        String why = Commitment.required(reason, "commitment.reason-required");
        Commitment commitment = locked(commitmentId, staff);
        return moved(commitment, commitment.drop(why), today, "DROPPED", why, null);
    }

    /** The people who raised the issue say whether the promise was kept — only once it is reported done. */
    public Commitment confirm(
            long commitmentId, boolean confirmed, String confirmedBy, LocalDate today, StaffMember staff) {
        String by = Commitment.required(confirmedBy, "commitment.confirmed-by-required");
        Commitment commitment = locked(commitmentId, staff).confirm(confirmed, by, today);
        commitments.save(commitment);
        commitments.recordEvent(commitmentId, today, confirmed ? "CONFIRMED" : "DISPUTED", null, null, by, null, true);
        audit.record(
                confirmed ? "commitment.confirmed" : "commitment.disputed",
                "commitment",
                commitmentId,
                Map.of("by", by));
        return commitment;
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<Commitment> commitment(long id) {
        return commitments.find(id);
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOfDialogue(long dialogueId) {
        return commitments.ofDialogue(dialogueId);
    }

    /** The ledger: commitments owned by, or made in dialogues of, the bodies; optionally only those overdue. */
    @Transactional(readOnly = true)
    public List<Commitment> ledger(
            Collection<Long> bodyIds, @Nullable CommitmentState state, boolean overdueOnly, LocalDate today) {
        return commitments.ledger(bodyIds, state, overdueOnly, today);
    }

    /** Commitments for the public page, optionally of one commune or body. */
    @Transactional(readOnly = true)
    public List<Commitment> published(@Nullable String communeCode, @Nullable Long bodyId) {
        return commitments.published(communeCode, bodyId);
    }

    @Transactional(readOnly = true)
    public List<CommitmentEvent> timeline(long commitmentId, boolean publicOnly) {
        return commitments.timeline(commitmentId, publicOnly);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** Saves a move, writes it to the timeline and audits it. */
    private Commitment moved(
            Commitment before,
            Commitment after,
            LocalDate today,
            String kind,
            @Nullable String note,
            @Nullable String evidence) {
        commitments.save(after);
        commitments.recordEvent(
                after.id(), today, kind, before.state(), after.state(), note, blankToNull(evidence), true);
        Map<String, Object> details = new HashMap<>();
        details.put("from", before.state().name());
        details.put("to", after.state().name());
        if (note != null) {
            details.put("note", note);
        }
        audit.record("commitment." + kind.toLowerCase(Locale.ROOT), "commitment", after.id(), details);
        return after;
    }

    private Commitment locked(long commitmentId, StaffMember staff) {
        Commitment commitment =
                commitments.lock(commitmentId).orElseThrow(() -> DomainException.notFound("commitment.unknown"));
        policy.requireWork(staff, commitment);
        return commitment;
    }
}
