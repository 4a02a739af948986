package vn.danvan.dialogue.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.dialogue.DialogueCommands;
import vn.danvan.dialogue.DialogueKind;

/** The dialogue pages' forms as Spring binds them (public fields); each becomes a command. */
final class DialogueForms {

    private DialogueForms() {}

    static class HoldForm {
        public @Nullable Long convenerBodyId;
        public @Nullable Long coConvenerBodyId;
        public DialogueKind kind = DialogueKind.ANNUAL_GRASSROOTS;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate heldOn;

        public @Nullable String place;
        public @Nullable String topic;
        public @Nullable String chairName;
        public @Nullable String chairPosition;
        public Integer participants = 0;
        public @Nullable String groupsPresent;
        public @Nullable String minutes;

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        DialogueCommands.HoldDialogue toCommand() {
            return new DialogueCommands.HoldDialogue(
                    convenerBodyId,
                    coConvenerBodyId,
                    kind,
                    heldOn,
                    text(place),
                    text(topic),
                    text(chairName),
                    chairPosition,
                    participants == null ? 0 : participants,
                    groupsPresent,
                    minutes,
                    null);
        }
    }

    static class IssueForm {
        public @Nullable String content;
        public @Nullable String raisedBy;
        public String fieldCode = "OTHER";
        public @Nullable String answer;

        DialogueCommands.RaiseIssue toCommand() {
            return new DialogueCommands.RaiseIssue(text(content), raisedBy, fieldCode == null ? "" : fieldCode, answer);
        }
    }

    static class CommitForm {
        public @Nullable Long issueId;
        public @Nullable Long ownerBodyId;
        public @Nullable String ownerName;
        public @Nullable String ownerPosition;
        public @Nullable String description;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate dueOn;

        // Bean Validation: a blank required field stays null here; the command's @NotNull rejects it in Forms.submit
        @SuppressWarnings("NullAway")
        DialogueCommands.MakeCommitment toCommand() {
            return new DialogueCommands.MakeCommitment(
                    ownerBodyId, text(ownerName), ownerPosition, text(description), dueOn);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
