package vn.danvan.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.CommendationForm;
import vn.danvan.programme.ModelCommands;
import vn.danvan.programme.ModelField;
import vn.danvan.programme.ModelKind;
import vn.danvan.programme.StoryCommands;
import vn.danvan.programme.StoryTopic;
import vn.danvan.programme.domain.Story;
import vn.danvan.shared.InputText;

/**
 * The model and story pages' forms as Spring binds them (public fields); each becomes a command. A blank required
 * field stays null here; the command's {@code @NotNull} rejects it in {@code Forms.submit}.
 */
@SuppressWarnings("NullAway")
final class ModelForms {

    private ModelForms() {}

    static class RoundForm {
        public @Nullable Long bodyId;
        public @Nullable Integer year;
        public UnitLevel level = UnitLevel.COMMUNE;
        public @Nullable String title;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate opensOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate closesOn;

        public @Nullable BigDecimal threshold;

        ModelCommands.OpenRound toCommand() {
            return new ModelCommands.OpenRound(bodyId, year, level, strip(title), opensOn, closesOn, threshold, null);
        }
    }

    static class MemberForm {
        public @Nullable String fullName;
        public @Nullable String position;

        ModelCommands.AddCouncilMember toCommand() {
            return new ModelCommands.AddCouncilMember(strip(fullName), InputText.blankToNull(position));
        }
    }

    static class RegisterForm {
        public @Nullable Long roundId;
        public @Nullable Long bodyId;
        public ModelKind kind = ModelKind.MODEL;
        public ModelField field = ModelField.ECONOMY;
        public @Nullable String name;
        public @Nullable String ownerName;
        public @Nullable String address;
        public @Nullable String goals;
        public @Nullable String indicators;

        ModelCommands.RegisterModel toCommand() {
            return new ModelCommands.RegisterModel(
                    roundId,
                    bodyId,
                    kind,
                    field,
                    strip(name),
                    strip(ownerName),
                    InputText.blankToNull(address),
                    strip(goals),
                    InputText.blankToNull(indicators));
        }
    }

    static class ResultsForm {
        public @Nullable String results;

        ModelCommands.Results toCommand() {
            return new ModelCommands.Results(strip(results));
        }
    }

    static class RecogniseForm {
        public @Nullable String decisionNumber;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate decidedOn;

        ModelCommands.Recognise toCommand() {
            return new ModelCommands.Recognise(strip(decisionNumber), decidedOn);
        }
    }

    static class CommendForm {
        public CommendationForm form = CommendationForm.CERTIFICATE_OF_MERIT;
        public @Nullable String issuer;
        public @Nullable String decisionNumber;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate decidedOn;

        ModelCommands.Commend toCommand() {
            return new ModelCommands.Commend(form, strip(issuer), strip(decisionNumber), decidedOn);
        }
    }

    static class ReplicateForm {
        public @Nullable Long roundId;
        public @Nullable Long bodyId;
        public @Nullable String name;
        public @Nullable String ownerName;
        public @Nullable String address;
        public @Nullable String goals;

        ModelCommands.Replicate toCommand() {
            return new ModelCommands.Replicate(
                    roundId,
                    bodyId,
                    strip(name),
                    strip(ownerName),
                    InputText.blankToNull(address),
                    InputText.blankToNull(goals));
        }
    }

    static class StoryForm {
        public @Nullable Long bodyId;
        public StoryTopic topic = StoryTopic.MODEL;
        public @Nullable Long modelId;
        public @Nullable String title;
        public @Nullable String summary;
        public @Nullable String body;

        static StoryForm of(Story story) {
            StoryForm form = new StoryForm();
            form.bodyId = story.bodyId();
            form.topic = story.topic();
            form.modelId = story.modelId();
            form.title = story.title();
            form.summary = story.summary();
            form.body = story.body();
            return form;
        }

        StoryCommands.SaveStory toCommand() {
            return new StoryCommands.SaveStory(
                    bodyId, topic, modelId, strip(title), InputText.blankToNull(summary), strip(body));
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
