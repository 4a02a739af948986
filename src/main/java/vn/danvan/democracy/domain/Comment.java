package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.CommentAuthorKind;
import vn.danvan.democracy.CommentChannel;

/**
 * A comment on a draft. {@code citizenId} is the portal account of its author (portal comments only): the name is
 * read from the account when staff need it, never copied, and the public sees no citizen's name.
 */
public record Comment(
        long id,
        long consultationId,
        @Nullable Long sectionId,
        CommentChannel channel,
        CommentAuthorKind authorKind,
        @Nullable Long citizenId,
        @Nullable String organisationName,
        @Nullable String sourceNote,
        String body,
        @Nullable Long groupId,
        @Nullable String hiddenReason,
        @Nullable Instant hiddenAt,
        Instant createdAt) {

    public boolean hidden() {
        return hiddenAt != null;
    }
}
