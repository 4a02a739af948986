package vn.danvan.democracy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.CommentVerdict;

/** Comments gathered under one title, with the drafting body's answer once given. */
public record CommentGroup(
        long id,
        long consultationId,
        String title,
        @Nullable CommentVerdict verdict,
        @Nullable String answer,
        @Nullable Instant answeredAt) {

    public boolean answered() {
        return verdict != null;
    }
}
