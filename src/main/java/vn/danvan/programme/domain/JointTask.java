package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/** A task the parties of an agreement do together: one party owns it, by a deadline, until done with its result. */
public record JointTask(
        long id,
        long agreementId,
        String title,
        long ownerBodyId,
        LocalDate dueOn,
        boolean done,
        @Nullable LocalDate doneOn,
        @Nullable String result) {

    public boolean overdue(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }

    public JointTask complete(LocalDate on, String result, LocalDate today) {
        if (done) {
            throw DomainException.conflict("agreement.task-done-already");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("agreement.done-in-future");
        }
        return new JointTask(id, agreementId, title, ownerBodyId, dueOn, true, on, result);
    }
}
