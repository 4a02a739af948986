package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an owner body reported of a task on a day. */
public record ProgressReport(
        long id,
        long taskId,
        long bodyId,
        LocalDate reportedOn,
        @Nullable Integer achieved,
        String note,
        String by) {}
