package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step on a matter's timeline: opened, a meeting or ballots entered, decided, recognised. */
public record MatterEvent(
        long id,
        Instant occurredAt,
        String kind,
        String actor,
        @Nullable String note) {}
