package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.AdviceOutcome;
import vn.danvan.shared.DomainException;

/**
 * Advice to the Party committee (tham mưu, đề xuất; QĐ 23-QĐ/TW 2021: the mobilisation board advises the committee):
 * drafted by a body, sent to the committee with its evidence frozen, then the committee's decision and the follow-up
 * tasks it set.
 */
public record Advice(
        long id,
        long bodyId,
        long committeeBodyId,
        String title,
        String proposal,
        State state,
        LocalDate evidenceFrom,
        LocalDate evidenceTo,
        @Nullable AdviceEvidence evidence,
        @Nullable LocalDate sentOn,
        @Nullable AdviceOutcome outcome,
        @Nullable LocalDate decidedOn,
        @Nullable String decisionNumber,
        @Nullable String decision) {

    public enum State {
        DRAFTED,
        SENT,
        DECIDED
    }

    public static void checkDraft(long bodyId, long committeeBodyId, LocalDate from, LocalDate to) {
        if (bodyId == committeeBodyId) {
            throw DomainException.invalid("advice.committee-self");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("advice.period-reversed");
        }
    }

    public void checkSend(LocalDate on, LocalDate today) {
        if (state != State.DRAFTED) {
            throw DomainException.conflict("advice.sent-already");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("advice.sent-in-future");
        }
    }

    public void checkDecision(LocalDate on, LocalDate today) {
        if (state != State.SENT || sentOn == null) {
            throw DomainException.conflict("advice.not-awaiting-decision");
        }
        if (on.isAfter(today) || on.isBefore(sentOn)) {
            throw DomainException.invalid("advice.decided-on-invalid");
        }
    }

    /** Follow-up tasks come from a decision that adopted the proposal, wholly or with changes. */
    public void checkTask(LocalDate dueOn) {
        if (state != State.DECIDED || decidedOn == null) {
            throw DomainException.conflict("advice.not-decided");
        }
        if (outcome == AdviceOutcome.NOT_ADOPTED) {
            throw DomainException.conflict("advice.not-adopted");
        }
        if (dueOn.isBefore(decidedOn)) {
            throw DomainException.invalid("advice.due-before-decision");
        }
    }
}
