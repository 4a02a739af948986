package vn.danvan.dialogue.domain;

import org.jspecify.annotations.Nullable;

/** An issue raised in a dialogue, with the answer given there. */
public record Issue(
        long id,
        long dialogueId,
        String content,
        @Nullable String raisedBy,
        String fieldCode,
        @Nullable String answer) {}
