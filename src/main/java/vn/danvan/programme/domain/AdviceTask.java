package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/** A follow-up task a committee's decision on advice set: owner body, deadline, result. */
public record AdviceTask(
        long id,
        long adviceId,
        String title,
        long ownerBodyId,
        LocalDate dueOn,
        @Nullable LocalDate doneOn,
        @Nullable String result) {

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }

    public AdviceTask complete(LocalDate on, String result, LocalDate decidedOn, LocalDate today) {
        if (done()) {
            throw DomainException.conflict("advice.task-done-already");
        }
        if (on.isAfter(today) || on.isBefore(decidedOn)) {
            throw DomainException.invalid("advice.done-on-invalid");
        }
        return new AdviceTask(id, adviceId, title, ownerBodyId, dueOn, on, result);
    }
}
