package vn.danvan.programme.domain;

import org.jspecify.annotations.Nullable;

/** A member of a round's evaluation council. */
public record CouncilMember(
        long id, long roundId, String fullName, @Nullable String position) {}
