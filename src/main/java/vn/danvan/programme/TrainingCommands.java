package vn.danvan.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.danvan.shared.InputText;

/** What staff ask the training of cadres to record. */
public final class TrainingCommands {

    private TrainingCommands() {}

    public record PlanCourse(
            @NotNull Long bodyId,
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotNull CourseTopic topic,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotBlank @Size(max = InputText.LINE) String place,
            @Min(1) @Max(2000) int hours) {}

    public record Enrol(@NotNull Long staffId) {}

    public record Attendance(@NotNull Long staffId, @NotNull Boolean attended) {}

    public record Certify(@NotNull Long staffId, @NotNull LocalDate certifiedOn) {}
}
