package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.PlanSector;
import vn.danvan.shared.DomainException;

/** A body's annual dân vận plan (QĐ 23-QĐ/TW 2021). */
public record Plan(
        long id,
        long bodyId,
        int year,
        PlanSector sector,
        String title,
        @Nullable String summary) {

    /** A task of the plan falls due within the plan's year or, for late work, the first months after it. */
    public void checkTaskDue(LocalDate dueOn) {
        if (dueOn.getYear() < year || dueOn.getYear() > year + 1) {
            throw DomainException.invalid("plan.task-due-outside-year", year);
        }
    }
}
