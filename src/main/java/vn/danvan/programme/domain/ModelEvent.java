package vn.danvan.programme.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of a model's timeline. */
public record ModelEvent(
        long id,
        long modelId,
        Instant occurredAt,
        String kind,
        String actor,
        @Nullable String note) {}
