package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step on an item's timeline: created, edited, a document added, published. */
public record DisclosureEvent(
        long id,
        Instant occurredAt,
        String kind,
        String actor,
        @Nullable String note) {}
