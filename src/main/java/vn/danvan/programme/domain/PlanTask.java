package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/** A task of a plan: its owner body, deadline, indicator and target; open until done or dropped. */
public record PlanTask(
        long id,
        long planId,
        String title,
        long ownerBodyId,
        LocalDate dueOn,
        @Nullable String indicator,
        @Nullable Integer target,
        State state,
        @Nullable LocalDate doneOn,
        @Nullable Integer achieved) {

    public enum State {
        OPEN,
        DONE,
        DROPPED
    }

    public boolean overdue(LocalDate today) {
        return state == State.OPEN && dueOn.isBefore(today);
    }

    /** Progress is reported on an open task, on a day that has come. */
    public void checkProgress(LocalDate reportedOn, LocalDate today) {
        if (state != State.OPEN) {
            throw DomainException.conflict("plan.task-closed");
        }
        if (reportedOn.isAfter(today)) {
            throw DomainException.invalid("plan.reported-in-future");
        }
    }

    public PlanTask complete(LocalDate on, LocalDate today) {
        if (state != State.OPEN) {
            throw DomainException.conflict("plan.task-closed");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("plan.done-in-future");
        }
        return new PlanTask(id, planId, title, ownerBodyId, dueOn, indicator, target, State.DONE, on, achieved);
    }

    /** How far the task got, in percent of its target, when it has a numeric target. */
    public @Nullable Integer percent() {
        if (target == null || target == 0 || achieved == null) {
            return null;
        }
        return (int) Math.min(100, Math.round(achieved * 100.0 / target));
    }
}
