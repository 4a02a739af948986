package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the timeline of a board, a supervision or a recommendation. */
public record SupervisionEvent(
        long id, String kind, String actor, @Nullable String detail, Instant occurredAt) {}
