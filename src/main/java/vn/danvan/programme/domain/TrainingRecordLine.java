package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of a staff member's training record: a course, whether they attended, their certificate. */
public record TrainingRecordLine(
        Course course,
        @Nullable Boolean attended,
        @Nullable String certificateNo,
        @Nullable LocalDate certifiedOn) {}
