package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/** A recommendation of an inspection: its owner body and deadline, followed up to done with its result. */
public record InspectionRecommendation(
        long id,
        long inspectionId,
        String text,
        long ownerBodyId,
        LocalDate dueOn,
        boolean done,
        @Nullable LocalDate doneOn,
        @Nullable String result) {

    /** Open past its deadline: flagged on the inspection and on the list of inspections. */
    public boolean overdue(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }

    public InspectionRecommendation complete(LocalDate on, String result, LocalDate heldOn, LocalDate today) {
        if (done) {
            throw DomainException.conflict("inspection.recommendation-done-already");
        }
        if (on.isAfter(today) || on.isBefore(heldOn)) {
            throw DomainException.invalid("inspection.done-on-invalid");
        }
        return new InspectionRecommendation(id, inspectionId, text, ownerBodyId, dueOn, true, on, result);
    }
}
