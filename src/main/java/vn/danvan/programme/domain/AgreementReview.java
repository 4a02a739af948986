package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A periodic joint review of an agreement, with the joint tasks done and still open on its day. */
public record AgreementReview(
        long id,
        long agreementId,
        LocalDate heldOn,
        String results,
        @Nullable String nextSteps,
        int tasksDone,
        int tasksOpen,
        String recordedBy) {}
