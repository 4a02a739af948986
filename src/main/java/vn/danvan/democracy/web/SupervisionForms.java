package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.BoardCommands;
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.BoardCommands.PlanPeriod;
import vn.danvan.democracy.BoardCommands.Position;
import vn.danvan.democracy.BoardKind;
import vn.danvan.democracy.RatingCommands;
import vn.danvan.democracy.SupervisionCommands;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionCommands.Step;
import vn.danvan.shared.Forms;

/**
 * The oversight pages' forms as Spring binds them (public fields); each becomes a command. The pages hold several
 * small forms, so a refused one returns to its page with the refusal on top and nothing written.
 */
final class SupervisionForms {

    private SupervisionForms() {}

    /** Runs the command when the form bound and validated; otherwise, or when refused, says why on the page. */
    static <C> String run(
            BindingResult binding,
            Validator validator,
            Supplier<C> command,
            Consumer<C> action,
            RedirectAttributes redirect,
            String notice,
            String back) {
        return Forms.runCommand(binding, validator, command, action, redirect, "oversight.form-invalid", notice, back);
    }

    /** As {@link #run}, for a form that creates something: once done, the new thing's page ({@code created} + id). */
    static <C> String create(
            BindingResult binding,
            Validator validator,
            Supplier<C> command,
            ToLongFunction<C> action,
            RedirectAttributes redirect,
            String notice,
            String back,
            String created) {
        long[] id = new long[1];
        String page = run(binding, validator, command, c -> id[0] = action.applyAsLong(c), redirect, notice, back);
        return id[0] > 0 ? "redirect:" + created + id[0] : page;
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static class BoardForm {
        public BoardKind kind = BoardKind.PEOPLES_INSPECTION;
        public @Nullable Long frontBodyId;
        public @Nullable Long addresseeBodyId;
        public @Nullable String name;
        public @Nullable String project;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate termFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate termTo;

        /** An investment board's members, one name a line; the first is its head. */
        public @Nullable String memberNames;

        @SuppressWarnings("NullAway")
        BoardCommands.CreateBoard toCommand() {
            List<BoardCommands.AddMember> members = new ArrayList<>();
            if (kind == BoardKind.INVESTMENT_SUPERVISION && memberNames != null) {
                for (String line : memberNames.split("\\R")) {
                    if (!line.isBlank()) {
                        members.add(new BoardCommands.AddMember(
                                line.strip(),
                                members.isEmpty() ? MemberRole.HEAD : MemberRole.MEMBER,
                                null,
                                null,
                                null,
                                Position.NONE,
                                false,
                                termFrom));
                    }
                }
            }
            return new BoardCommands.CreateBoard(
                    kind,
                    frontBodyId,
                    addresseeBodyId,
                    text(name),
                    kind == BoardKind.INVESTMENT_SUPERVISION ? text(project) : null,
                    termFrom,
                    termTo,
                    members);
        }
    }

    static class MemberForm {
        public @Nullable String fullName;
        public MemberRole role = MemberRole.MEMBER;
        public @Nullable Long householdId;
        public @Nullable String declaredAddress;
        public @Nullable String declaredCommuneCode;
        public Position position = Position.NONE;
        public boolean notStaffConfirmed;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate joinedOn;

        @SuppressWarnings("NullAway")
        BoardCommands.AddMember toCommand() {
            return new BoardCommands.AddMember(
                    text(fullName),
                    role,
                    householdId,
                    blank(declaredAddress),
                    blank(declaredCommuneCode),
                    position,
                    notStaffConfirmed,
                    joinedOn);
        }
    }

    static class PlanForm {
        public PlanPeriod period = PlanPeriod.QUARTER;
        public int year;
        public int part = 1;
        public @Nullable String content;

        BoardCommands.AddPlan toCommand() {
            return new BoardCommands.AddPlan(period, year, part, text(content));
        }
    }

    static class FindingForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate foundOn;

        public @Nullable String content;

        @SuppressWarnings("NullAway")
        BoardCommands.AddFinding toCommand() {
            return new BoardCommands.AddFinding(foundOn, text(content));
        }
    }

    static class MilestoneForm {
        public @Nullable String title;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate plannedOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate doneOn;

        @SuppressWarnings("NullAway")
        BoardCommands.AddMilestone toCommand() {
            return new BoardCommands.AddMilestone(text(title), plannedOn, doneOn);
        }
    }

    static class RecommendationForm {
        public @Nullable Long addresseeBodyId;
        public @Nullable Long superiorBodyId;
        public @Nullable String content;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate sentOn;

        @SuppressWarnings("NullAway")
        SupervisionCommands.SendRecommendation toCommand() {
            return new SupervisionCommands.SendRecommendation(addresseeBodyId, superiorBodyId, text(content), sentOn);
        }
    }

    static class AnswerForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate answeredOn;

        public Outcome outcome = Outcome.ACCEPTED;
        public @Nullable String answer;

        @SuppressWarnings("NullAway")
        SupervisionCommands.Answer toCommand() {
            return new SupervisionCommands.Answer(answeredOn, outcome, text(answer));
        }
    }

    static class FollowUpForm {
        public @Nullable String note;
        public boolean closed;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate on;

        @SuppressWarnings("NullAway")
        SupervisionCommands.FollowUp toCommand() {
            return new SupervisionCommands.FollowUp(text(note), closed, on);
        }
    }

    static class ReconsiderationForm {
        public @Nullable String reason;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate on;

        @SuppressWarnings("NullAway")
        SupervisionCommands.Reconsideration toCommand() {
            return new SupervisionCommands.Reconsideration(text(reason), on);
        }
    }

    static class PlanOfYearForm {
        public @Nullable Long frontBodyId;
        public int year;
        public @Nullable String title;

        @SuppressWarnings("NullAway")
        SupervisionCommands.CreatePlan toCommand() {
            return new SupervisionCommands.CreatePlan(frontBodyId, year, text(title));
        }
    }

    static class SupervisionForm {
        public @Nullable Long supervisedBodyId;
        public @Nullable String subject;
        public @Nullable String team;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate firstSessionOn;

        @SuppressWarnings("NullAway")
        SupervisionCommands.CreateSupervision toCommand() {
            return new SupervisionCommands.CreateSupervision(
                    supervisedBodyId, text(subject), text(team), firstSessionOn);
        }
    }

    static class StepForm {
        public @Nullable Step step;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate on;

        @SuppressWarnings("NullAway")
        SupervisionCommands.RecordStep toCommand() {
            return new SupervisionCommands.RecordStep(step, on);
        }
    }

    static class SessionForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate heldOn;

        public @Nullable String place;
        public @Nullable String summary;

        @SuppressWarnings("NullAway")
        SupervisionCommands.AddSession toCommand() {
            return new SupervisionCommands.AddSession(heldOn, text(place), blank(summary));
        }
    }

    static class RoundForm {
        public @Nullable Long committeeBodyId;
        public int year;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate opensOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate closesOn;

        @SuppressWarnings("NullAway")
        RatingCommands.OpenRound toCommand() {
            return new RatingCommands.OpenRound(committeeBodyId, year, opensOn, closesOn);
        }
    }

    static class RateForm {
        public List<@Nullable Integer> scores = new ArrayList<>();
        public @Nullable Long hamletId;
        public @Nullable String comment;

        RatingCommands.Rate toCommand() {
            List<Integer> given = new ArrayList<>();
            for (Integer score : scores) {
                given.add(score == null ? 0 : score);
            }
            return new RatingCommands.Rate(given, hamletId, blank(comment));
        }
    }
}
