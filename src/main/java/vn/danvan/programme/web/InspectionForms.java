package vn.danvan.programme.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.programme.AdviceCommands;
import vn.danvan.programme.AdviceOutcome;
import vn.danvan.programme.InspectionCommands;
import vn.danvan.shared.InputText;

/**
 * The forms of the inspection and advice pages as Spring binds them (public fields); each becomes a command. A blank
 * required field stays null here and the command's {@code @NotNull} rejects it, hence the NullAway waivers.
 */
final class InspectionForms {

    private InspectionForms() {}

    static class InspectionForm {
        public @Nullable Long bodyId;
        public @Nullable Long inspectedBodyId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate plannedOn;

        public @Nullable String inspectors;
        public @Nullable String subject;

        @SuppressWarnings("NullAway")
        InspectionCommands.PlanInspection toCommand() {
            return new InspectionCommands.PlanInspection(
                    bodyId, inspectedBodyId, plannedOn, text(inspectors), text(subject));
        }
    }

    static class FindingsForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate heldOn;

        public @Nullable String findings;

        @SuppressWarnings("NullAway")
        InspectionCommands.RecordFindings toCommand() {
            return new InspectionCommands.RecordFindings(heldOn, text(findings));
        }
    }

    static class RecommendationForm {
        public @Nullable String text;
        public @Nullable Long ownerBodyId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate dueOn;

        @SuppressWarnings("NullAway")
        InspectionCommands.AddRecommendation toCommand() {
            return new InspectionCommands.AddRecommendation(text(text), ownerBodyId, dueOn);
        }
    }

    /** A recommendation or a follow-up task reported done. */
    static class ResultForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate doneOn;

        public @Nullable String result;

        @SuppressWarnings("NullAway")
        InspectionCommands.CompleteRecommendation toRecommendationCommand() {
            return new InspectionCommands.CompleteRecommendation(doneOn, text(result));
        }

        @SuppressWarnings("NullAway")
        AdviceCommands.CompleteAdviceTask toTaskCommand() {
            return new AdviceCommands.CompleteAdviceTask(doneOn, text(result));
        }
    }

    static class CloseForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate followedUpOn;

        public @Nullable String followUp;

        @SuppressWarnings("NullAway")
        InspectionCommands.CloseInspection toCommand() {
            return new InspectionCommands.CloseInspection(followedUpOn, text(followUp));
        }
    }

    static class AdviceForm {
        public @Nullable Long bodyId;
        public @Nullable Long committeeBodyId;
        public @Nullable String title;
        public @Nullable String proposal;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate evidenceFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate evidenceTo;

        @SuppressWarnings("NullAway")
        AdviceCommands.DraftAdvice toCommand() {
            return new AdviceCommands.DraftAdvice(
                    bodyId, committeeBodyId, text(title), text(proposal), evidenceFrom, evidenceTo);
        }
    }

    static class SendForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate sentOn;

        @SuppressWarnings("NullAway")
        AdviceCommands.SendAdvice toCommand() {
            return new AdviceCommands.SendAdvice(sentOn);
        }
    }

    static class DecisionForm {
        public @Nullable AdviceOutcome outcome;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate decidedOn;

        public @Nullable String decisionNumber;
        public @Nullable String decision;

        @SuppressWarnings("NullAway")
        AdviceCommands.RecordDecision toCommand() {
            return new AdviceCommands.RecordDecision(
                    outcome, decidedOn, text(decisionNumber), InputText.blankToNull(decision));
        }
    }

    static class AdviceTaskForm {
        public @Nullable String title;
        public @Nullable Long ownerBodyId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate dueOn;

        @SuppressWarnings("NullAway")
        AdviceCommands.AddAdviceTask toCommand() {
            return new AdviceCommands.AddAdviceTask(text(title), ownerBodyId, dueOn);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
