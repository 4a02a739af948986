package vn.danvan.programme.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.programme.AgreementCommands;
import vn.danvan.programme.PlanCommands;
import vn.danvan.programme.PlanSector;
import vn.danvan.programme.ReviewCommands;
import vn.danvan.programme.ReviewKind;
import vn.danvan.programme.domain.Review;
import vn.danvan.shared.InputText;

/**
 * The programme pages' forms as Spring binds them (public fields); each becomes a command. A blank required field
 * stays null here and the command's {@code @NotNull} rejects it in {@code Forms.submit}, hence the NullAway waivers.
 */
final class PlanForms {

    private PlanForms() {}

    static class PlanForm {
        public @Nullable Long bodyId;
        public @Nullable Integer year;
        public PlanSector sector = PlanSector.PARTY;
        public @Nullable String title;
        public @Nullable String summary;

        @SuppressWarnings("NullAway")
        PlanCommands.DraftPlan toCommand() {
            return new PlanCommands.DraftPlan(
                    bodyId, year == null ? 0 : year, sector, text(title), InputText.blankToNull(summary));
        }
    }

    static class TaskForm {
        public @Nullable String title;
        public @Nullable Long ownerBodyId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate dueOn;

        public @Nullable String indicator;
        public @Nullable Integer target;

        @SuppressWarnings("NullAway")
        PlanCommands.AddTask toCommand() {
            return new PlanCommands.AddTask(text(title), ownerBodyId, dueOn, InputText.blankToNull(indicator), target);
        }
    }

    static class ProgressForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate reportedOn;

        public @Nullable Integer achieved;
        public @Nullable String note;

        @SuppressWarnings("NullAway")
        PlanCommands.ReportProgress toCommand() {
            return new PlanCommands.ReportProgress(reportedOn, achieved, text(note));
        }
    }

    static class DoneForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate doneOn;

        public @Nullable String result;

        @SuppressWarnings("NullAway")
        AgreementCommands.CompleteJointTask toJointCommand() {
            return new AgreementCommands.CompleteJointTask(doneOn, text(result));
        }
    }

    static class AgreementForm {
        public @Nullable Long leadBodyId;
        public @Nullable String title;
        public @Nullable String number;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate signedOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate validFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate validTo;

        public List<Long> partyBodyIds = new ArrayList<>();

        @SuppressWarnings("NullAway")
        AgreementCommands.SignAgreement toCommand() {
            return new AgreementCommands.SignAgreement(
                    leadBodyId,
                    text(title),
                    InputText.blankToNull(number),
                    signedOn,
                    validFrom,
                    validTo,
                    partyBodyIds == null ? List.of() : List.copyOf(partyBodyIds));
        }
    }

    static class JointTaskForm {
        public @Nullable String title;
        public @Nullable Long ownerBodyId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate dueOn;

        @SuppressWarnings("NullAway")
        AgreementCommands.AddJointTask toCommand() {
            return new AgreementCommands.AddJointTask(text(title), ownerBodyId, dueOn);
        }
    }

    static class JointReviewForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate heldOn;

        public @Nullable String results;
        public @Nullable String nextSteps;

        @SuppressWarnings("NullAway")
        AgreementCommands.HoldJointReview toCommand() {
            return new AgreementCommands.HoldJointReview(heldOn, text(results), InputText.blankToNull(nextSteps));
        }
    }

    static class ReviewForm {
        public @Nullable Long bodyId;
        public ReviewKind kind = ReviewKind.YEAR_END;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate periodFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate periodTo;

        public @Nullable String title;
        public @Nullable String place;

        @SuppressWarnings("NullAway")
        ReviewCommands.OpenReview toCommand() {
            return new ReviewCommands.OpenReview(bodyId, kind, periodFrom, periodTo, text(title), text(place));
        }
    }

    static class NarrativeForm {
        public @Nullable String number;
        public @Nullable String results;
        public @Nullable String limitations;
        public @Nullable String causes;
        public @Nullable String lessons;
        public @Nullable String directions;
        public @Nullable String signerName;
        public @Nullable String signerPosition;

        static NarrativeForm of(Review review) {
            NarrativeForm form = new NarrativeForm();
            form.number = review.number();
            form.results = review.results();
            form.limitations = review.limitations();
            form.causes = review.causes();
            form.lessons = review.lessons();
            form.directions = review.directions();
            form.signerName = review.signerName();
            form.signerPosition = review.signerPosition();
            return form;
        }

        ReviewCommands.WriteReview toCommand() {
            return new ReviewCommands.WriteReview(
                    InputText.blankToNull(number),
                    InputText.blankToNull(results),
                    InputText.blankToNull(limitations),
                    InputText.blankToNull(causes),
                    InputText.blankToNull(lessons),
                    InputText.blankToNull(directions),
                    InputText.blankToNull(signerName),
                    InputText.blankToNull(signerPosition));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
