package vn.danvan.democracy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask of the Front's supervision and of the recommendations of every board. */
public final class SupervisionCommands {

    private SupervisionCommands() {}

    /** How the addressee took a recommendation. */
    public enum Outcome {
        ACCEPTED,
        PARTLY_ACCEPTED,
        REJECTED
    }

    /** The dated steps of a supervision (NQLT 403/2017 Đ.7, 9). */
    public enum Step {
        DECISION_SENT,
        SUPERVISED_REPORT_RECEIVED,
        TEAM_REPORT
    }

    public record CreatePlan(
            @NotNull Long frontBodyId,
            @Min(1990) @Max(2100) int year,
            @NotBlank @Size(max = InputText.LINE) String title) {}

    public record CreateSupervision(
            @NotNull Long supervisedBodyId,
            @NotBlank @Size(max = InputText.LINE) String subject,
            @NotBlank @Size(max = InputText.NOTE) String team,
            @NotNull LocalDate firstSessionOn) {}

    public record RecordStep(@NotNull Step step, @NotNull LocalDate on) {}

    public record AddSession(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = InputText.LINE) String place,
            @Nullable @Size(max = InputText.NOTE) String summary) {}

    /** A recommendation sent on a day to a body (and, for the Front's, to the body above it). */
    public record SendRecommendation(
            @NotNull Long addresseeBodyId,
            @Nullable Long superiorBodyId,
            @NotBlank @Size(max = InputText.NOTE) String content,
            @NotNull LocalDate sentOn) {}

    public record Answer(
            @NotNull LocalDate answeredOn,
            @NotNull Outcome outcome,
            @NotBlank @Size(max = InputText.NOTE) String answer) {}

    /** What the board or the Front found when it followed the answer up; {@code closed}: nothing more to follow. */
    public record FollowUp(
            @NotBlank @Size(max = InputText.NOTE) String note,
            boolean closed,
            @NotNull LocalDate on) {}

    /** The addressee asks for the recommendation to be reconsidered (Luật MTTQ 2015 Đ.29). */
    public record Reconsideration(
            @NotBlank @Size(max = InputText.NOTE) String reason,
            @NotNull LocalDate on) {}
}
