package vn.danvan.dialogue.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.dialogue.DialogueCommands;
import vn.danvan.dialogue.DialogueKind;

/** The dialogue pages' forms as Spring binds them (public fields); each becomes a command. */
final class DialogueForms {

    private DialogueForms() {
    }

    static class HoldForm {
        public Long convenerBodyId;
        public Long coConvenerBodyId;
        public DialogueKind kind = DialogueKind.ANNUAL_GRASSROOTS;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate heldOn;
        public String place;
        public String topic;
        public String chairName;
        public String chairPosition;
        public Integer participants = 0;
        public String groupsPresent;
        public String minutes;

        DialogueCommands.HoldDialogue toCommand() {
            return new DialogueCommands.HoldDialogue(convenerBodyId, coConvenerBodyId, kind, heldOn, text(place),
                    text(topic), text(chairName), chairPosition, participants == null ? 0 : participants, groupsPresent,
                    minutes, null);
        }
    }

    static class IssueForm {
        public String content;
        public String raisedBy;
        public String fieldCode = "OTHER";
        public String answer;

        DialogueCommands.RaiseIssue toCommand() {
            return new DialogueCommands.RaiseIssue(text(content), raisedBy, fieldCode == null ? "" : fieldCode, answer);
        }
    }

    static class CommitForm {
        public Long issueId;
        public Long ownerBodyId;
        public String ownerName;
        public String ownerPosition;
        public String description;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate dueOn;

        DialogueCommands.MakeCommitment toCommand() {
            return new DialogueCommands.MakeCommitment(ownerBodyId, text(ownerName), ownerPosition, text(description),
                    dueOn);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
