package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/**
 * An inspection of a unit's dân vận work (kiểm tra công tác dân vận, QĐ 23-QĐ/TW 2021): planned by a body for a unit,
 * held with its findings, then followed up until every recommendation is done and the inspection is closed.
 */
public record Inspection(
        long id,
        long bodyId,
        long inspectedBodyId,
        LocalDate plannedOn,
        @Nullable String inspectors,
        String subject,
        State state,
        @Nullable LocalDate heldOn,
        @Nullable String findings,
        @Nullable String followUp,
        @Nullable LocalDate followedUpOn) {

    public enum State {
        PLANNED,
        HELD,
        CLOSED
    }

    public static void checkPlan(long bodyId, long inspectedBodyId) {
        if (bodyId == inspectedBodyId) {
            throw DomainException.invalid("inspection.self");
        }
    }

    /** Findings are recorded once, on a day not before the plan's and not after today. */
    public void checkFindings(LocalDate on, LocalDate today) {
        if (state != State.PLANNED) {
            throw DomainException.conflict("inspection.held-already");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("inspection.held-in-future");
        }
    }

    /** Recommendations follow the findings and go to the inspected unit or the inspecting body. */
    public void checkRecommendation(long ownerBodyId, LocalDate dueOn) {
        if (state != State.HELD || heldOn == null) {
            throw DomainException.conflict("inspection.not-held");
        }
        if (ownerBodyId != inspectedBodyId && ownerBodyId != bodyId) {
            throw DomainException.invalid("inspection.owner-not-involved");
        }
        if (dueOn.isBefore(heldOn)) {
            throw DomainException.invalid("inspection.due-before-held");
        }
    }

    public void checkClose(LocalDate on, int openRecommendations, LocalDate today) {
        if (state != State.HELD || heldOn == null) {
            throw DomainException.conflict("inspection.not-held");
        }
        if (openRecommendations > 0) {
            throw DomainException.conflict("inspection.recommendations-open", openRecommendations);
        }
        if (on.isAfter(today) || on.isBefore(heldOn)) {
            throw DomainException.invalid("inspection.closed-on-invalid");
        }
    }
}
