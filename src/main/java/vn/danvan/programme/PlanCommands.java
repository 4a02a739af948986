package vn.danvan.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask the plans of dân vận work to record. */
public final class PlanCommands {

    private PlanCommands() {}

    public record DraftPlan(
            @NotNull Long bodyId,
            @Min(1990) @Max(2100) int year,
            @NotNull PlanSector sector,
            @NotBlank @Size(max = InputText.LINE) String title,
            @Nullable @Size(max = InputText.LONGEST) String summary) {}

    public record AddTask(
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotNull Long ownerBodyId,
            @NotNull LocalDate dueOn,
            @Nullable @Size(max = InputText.LINE) String indicator,
            @Nullable @Min(0) @Max(100_000_000) Integer target) {}

    public record ReportProgress(
            @NotNull LocalDate reportedOn,
            @Nullable @Min(0) @Max(100_000_000) Integer achieved,
            @NotBlank @Size(max = InputText.NOTE) String note) {}
}
