package vn.danvan.dialogue.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/**
 * A promise a person of a body made in answer to an issue, due on a day, with the dialogue it was made in.
 * Each move checks the state it starts from and returns the commitment as it stands after the move: open →
 * in progress → done (then confirmed or disputed by the people who raised it), or dropped with a reason.
 */
public record Commitment(
        long id,
        long issueId,
        long dialogueId,
        long ownerBodyId,
        String ownerName,
        @Nullable String ownerPosition,
        String description,
        LocalDate dueOn,
        CommitmentState state,
        @Nullable LocalDate doneOn,
        @Nullable String dropReason,
        @Nullable Boolean confirmed,
        @Nullable String confirmedBy,
        @Nullable LocalDate confirmedOn,
        String dialogueTopic,
        LocalDate dialogueHeldOn,
        long convenerBodyId,
        @Nullable Long coConvenerBodyId,
        @Nullable String communeCode) {

    /** Whether the staff member works for the owner, the convener or the co-convener. */
    public boolean concerns(StaffMember staff) {
        return staff.inScope(ownerBodyId)
                || staff.inScope(convenerBodyId)
                || coConvenerBodyId != null && staff.inScope(coConvenerBodyId);
    }

    /** Past its due date and neither done nor dropped, as of {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return state.unfinished() && dueOn.isBefore(today);
    }

    /** Work on it has begun: only an open commitment starts. */
    public Commitment start() {
        return moveTo(CommitmentState.IN_PROGRESS, CommitmentState.OPEN == state, doneOn, dropReason);
    }

    /** A progress note is taken while the commitment is unfinished; it does not change the state. */
    public void checkProgress() {
        if (!state.unfinished()) {
            throw DomainException.conflict("commitment.finished");
        }
    }

    /** Reported done on a day that has come; an unfinished commitment only. */
    public Commitment complete(LocalDate on) {
        return moveTo(CommitmentState.DONE, state.unfinished(), on, dropReason);
    }

    /** Given up, for a reason; an unfinished commitment only. */
    public Commitment drop(String reason) {
        return moveTo(CommitmentState.DROPPED, state.unfinished(), doneOn, reason.strip());
    }

    /** The people who raised the issue say whether the promise was kept — once, and only when it is done. */
    public Commitment confirm(boolean kept, String by, LocalDate on) {
        if (state != CommitmentState.DONE) {
            throw DomainException.conflict("commitment.confirm-needs-done");
        }
        if (confirmed != null) {
            throw DomainException.conflict("commitment.already-confirmed");
        }
        return new Commitment(
                id,
                issueId,
                dialogueId,
                ownerBodyId,
                ownerName,
                ownerPosition,
                description,
                dueOn,
                state,
                doneOn,
                dropReason,
                kept,
                by.strip(),
                on,
                dialogueTopic,
                dialogueHeldOn,
                convenerBodyId,
                coConvenerBodyId,
                communeCode);
    }

    /** A day reported done is not in the future. */
    public static void checkDoneOn(LocalDate doneOn, LocalDate today) {
        if (doneOn.isAfter(today)) {
            throw DomainException.invalid("commitment.done-in-future");
        }
    }

    /** The text a move needs (a note, a reason, who confirms), or refused with the move's code. */
    public static String required(@Nullable String text, String code) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(code);
        }
        return text.strip();
    }

    private Commitment moveTo(
            CommitmentState to, boolean allowed, @Nullable LocalDate doneOn, @Nullable String dropReason) {
        if (!allowed) {
            throw DomainException.conflict("commitment.transition-not-allowed", state.name(), to.name());
        }
        return new Commitment(
                id,
                issueId,
                dialogueId,
                ownerBodyId,
                ownerName,
                ownerPosition,
                description,
                dueOn,
                to,
                doneOn,
                dropReason,
                confirmed,
                confirmedBy,
                confirmedOn,
                dialogueTopic,
                dialogueHeldOn,
                convenerBodyId,
                coConvenerBodyId,
                communeCode);
    }
}
