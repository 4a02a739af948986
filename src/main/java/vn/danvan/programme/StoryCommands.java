package vn.danvan.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask of the stories (bài tuyên truyền). */
public final class StoryCommands {

    private StoryCommands() {}

    /** A new story, or its new text. The text is plain paragraphs separated by a blank line; HTML is shown as typed. */
    public record SaveStory(
            @NotNull Long bodyId,
            @NotNull StoryTopic topic,
            @Nullable Long modelId,
            @NotBlank @Size(max = InputText.LINE) String title,
            @Nullable @Size(max = InputText.NOTE) String summary,
            @NotBlank @Size(max = InputText.LONGEST) String body) {}
}
