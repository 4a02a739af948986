package vn.danvan.programme.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A line of the timeline of a plan, task, agreement, inspection, advice, course or review. */
public record PlanEvent(
        String subjectType,
        long subjectId,
        String kind,
        @Nullable String note,
        String actor,
        LocalDateTime at) {}
