package vn.danvan.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask the advice to the Party committee (tham mưu, đề xuất) to record. */
public final class AdviceCommands {

    private AdviceCommands() {}

    /** A proposal of a body to a Party committee, with the period whose platform figures are its evidence. */
    public record DraftAdvice(
            @NotNull Long bodyId,
            @NotNull Long committeeBodyId,
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotBlank @Size(max = InputText.LONGEST) String proposal,
            @NotNull LocalDate evidenceFrom,
            @NotNull LocalDate evidenceTo) {}

    /** Sent to the committee on a day: the evidence is frozen then. */
    public record SendAdvice(@NotNull LocalDate sentOn) {}

    /** The committee's decision: its outcome, day, document number and what it says. */
    public record RecordDecision(
            @NotNull AdviceOutcome outcome,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 100) String decisionNumber,
            @Nullable @Size(max = InputText.NOTE) String decision) {}

    /** A follow-up task the decision set. */
    public record AddAdviceTask(
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotNull Long ownerBodyId,
            @NotNull LocalDate dueOn) {}

    public record CompleteAdviceTask(
            @NotNull LocalDate doneOn,
            @NotBlank @Size(max = InputText.NOTE) String result) {}
}
