package vn.danvan.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.danvan.shared.InputText;

/** What staff ask the inspections of a unit's dân vận work (kiểm tra công tác dân vận) to record. */
public final class InspectionCommands {

    private InspectionCommands() {}

    /** The plan: which body inspects which unit, when, by whom, on what. */
    public record PlanInspection(
            @NotNull Long bodyId,
            @NotNull Long inspectedBodyId,
            @NotNull LocalDate plannedOn,
            @NotBlank @Size(max = InputText.LINE) String inspectors,
            @NotBlank @Size(max = InputText.NOTE) String subject) {}

    /** The inspection was held: its day and what it found. */
    public record RecordFindings(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = InputText.LONGEST) String findings) {}

    /** A recommendation of the inspection: what to do, which body does it, by when. */
    public record AddRecommendation(
            @NotBlank @Size(max = InputText.NOTE) String text,
            @NotNull Long ownerBodyId,
            @NotNull LocalDate dueOn) {}

    public record CompleteRecommendation(
            @NotNull LocalDate doneOn,
            @NotBlank @Size(max = InputText.NOTE) String result) {}

    /** The follow-up is over: every recommendation done, summed up. */
    public record CloseInspection(
            @NotNull LocalDate followedUpOn,
            @NotBlank @Size(max = InputText.LONGEST) String followUp) {}
}
