package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A staff member enrolled on a course: whether they attended (unknown until recorded) and their certificate. */
public record CourseParticipant(
        long courseId,
        long staffId,
        String fullName,
        long bodyId,
        @Nullable Boolean attended,
        @Nullable String certificateNo,
        @Nullable LocalDate certifiedOn) {}
