package vn.danvan.programme.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step on a campaign's timeline. */
public record CampaignEvent(
        long id,
        Instant occurredAt,
        String kind,
        String actor,
        @Nullable String note) {}
