package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change of a household: who, when, how (imported, re-imported, edited), what it was and what it became. */
public record HouseholdChange(
        long id,
        Instant occurredAt,
        String actor,
        String kind,
        @Nullable String before,
        String after,
        @Nullable String note) {}
