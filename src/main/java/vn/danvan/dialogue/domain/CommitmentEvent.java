package vn.danvan.dialogue.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One line of a commitment's timeline: a move, a progress note, a confirmation, an overdue flag. */
public record CommitmentEvent(
        OffsetDateTime occurredAt,
        LocalDate occurredOn,
        String kind,
        String actor,
        @Nullable String fromState,
        @Nullable String toState,
        @Nullable String note,
        @Nullable String evidence,
        boolean isPublic) {}
