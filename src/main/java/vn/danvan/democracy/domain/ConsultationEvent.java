package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of a consultation's or a criticism's timeline. */
public record ConsultationEvent(
        Instant occurredAt,
        String kind,
        String actor,
        @Nullable String note) {}
