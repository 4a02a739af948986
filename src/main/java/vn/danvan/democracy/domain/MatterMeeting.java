package vn.danvan.democracy.domain;

import java.time.Instant;

/** A meeting (or a cluster of one) and its count as the ballot team entered it. */
public record MatterMeeting(
        long id,
        long hamletId,
        String hamletName,
        String cluster,
        String method,
        int attending,
        int agree,
        int disagree,
        String team,
        String enteredBy,
        Instant enteredAt) {}
