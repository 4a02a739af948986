package vn.danvan.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What staff ask the dialogue module to record. */
public final class DialogueCommands {

    private DialogueCommands() {}

    public record HoldDialogue(
            @NotNull Long convenerBodyId,
            @Nullable Long coConvenerBodyId,
            @NotNull DialogueKind kind,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 300) String place,
            @NotBlank @Size(max = 500) String topic,
            @NotBlank @Size(max = 200) String chairName,
            @Nullable @Size(max = 200) String chairPosition,
            @Min(0) @Max(1_000_000) int participants,
            @Nullable @Size(max = 1000) String groupsPresent,
            @Nullable @Size(max = 20_000) String minutes,
            @Nullable @Pattern(regexp = "\\d{5}") String communeCode) {}

    public record RaiseIssue(
            @NotBlank @Size(max = 5000) String content,
            @Nullable @Size(max = 200) String raisedBy,
            @NotBlank @Size(max = 40) String fieldCode,
            @Nullable @Size(max = 5000) String answer) {}

    public record MakeCommitment(
            @NotNull Long ownerBodyId,
            @NotBlank @Size(max = 200) String ownerName,
            @Nullable @Size(max = 200) String ownerPosition,
            @NotBlank @Size(max = 2000) String description,
            @NotNull LocalDate dueOn) {}
}
