package vn.danvan.democracy.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.shared.DomainException;

/**
 * A recommendation (kiến nghị) of a Ban Thanh tra nhân dân, a community investment-supervision board or a
 * supervision of the Front, to a body that must consider it and answer (Luật MTTQ 2015 Đ.29; Luật THDCCS 2022
 * Đ.36–45): sent, due, answered (accepted, partly or rejected), followed up, closed; overdue when unanswered after
 * its due day.
 */
public record SupervisionRecommendation(
        long id,
        String source,
        @Nullable Long boardId,
        @Nullable Long supervisionId,
        @Nullable String communeCode,
        long addresseeBodyId,
        @Nullable Long superiorBodyId,
        String content,
        LocalDate sentOn,
        LocalDate dueOn,
        @Nullable LocalDate answeredOn,
        @Nullable String answer,
        @Nullable Outcome outcome,
        @Nullable String followUp,
        @Nullable LocalDate closedOn,
        @Nullable String reconsideration,
        @Nullable LocalDate reconsiderationOn,
        @Nullable LocalDate overdueFlaggedOn,
        int version) {

    public enum Status {
        AWAITING,
        OVERDUE,
        ANSWERED,
        ANSWERED_LATE,
        CLOSED
    }

    public Status status(LocalDate today) {
        if (closedOn != null) {
            return Status.CLOSED;
        }
        if (answeredOn != null) {
            return answeredOn.isAfter(dueOn) ? Status.ANSWERED_LATE : Status.ANSWERED;
        }
        return today.isAfter(dueOn) ? Status.OVERDUE : Status.AWAITING;
    }

    public boolean overdue(LocalDate today) {
        return status(today) == Status.OVERDUE;
    }

    /** A recommendation is sent on or before today, on a day the law can mean. */
    public static void checkSent(LocalDate sentOn, LocalDate today) {
        if (sentOn.isAfter(today)) {
            throw DomainException.invalid("oversight.date-future");
        }
    }

    public void checkAnswer(LocalDate answeredOn, LocalDate today) {
        if (this.answeredOn != null) {
            throw DomainException.conflict("oversight.already-answered");
        }
        if (answeredOn.isBefore(sentOn)) {
            throw DomainException.invalid("oversight.answer-before-sent");
        }
        if (answeredOn.isAfter(today)) {
            throw DomainException.invalid("oversight.date-future");
        }
    }

    public void checkFollowUp(LocalDate on, LocalDate today) {
        if (answeredOn == null) {
            throw DomainException.conflict("oversight.not-answered");
        }
        if (closedOn != null) {
            throw DomainException.conflict("oversight.closed");
        }
        if (on.isBefore(answeredOn) || on.isAfter(today)) {
            throw DomainException.invalid("oversight.follow-up-date");
        }
    }

    public void checkReconsideration(LocalDate on, LocalDate today) {
        if (closedOn != null) {
            throw DomainException.conflict("oversight.closed");
        }
        if (reconsiderationOn != null) {
            throw DomainException.conflict("oversight.reconsideration-exists");
        }
        if (on.isBefore(sentOn) || on.isAfter(today)) {
            throw DomainException.invalid("oversight.follow-up-date");
        }
    }
}
