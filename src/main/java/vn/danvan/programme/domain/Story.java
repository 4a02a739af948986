package vn.danvan.programme.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.StoryTopic;

/** A story (bài tuyên truyền) of a body, published on the portal or not yet. */
public record Story(
        long id,
        long bodyId,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        StoryTopic topic,
        @Nullable Long modelId,
        String title,
        @Nullable String summary,
        String body,
        @Nullable Instant publishedAt,
        Instant updatedAt) {

    public boolean published() {
        return publishedAt != null;
    }

    /** The text's paragraphs, split at blank lines; each is shown as text, never as markup. */
    public List<String> paragraphs() {
        return Arrays.stream(body.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
