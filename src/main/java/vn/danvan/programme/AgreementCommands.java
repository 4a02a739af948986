package vn.danvan.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask the coordination agreements (quy chế phối hợp) to record. */
public final class AgreementCommands {

    private AgreementCommands() {}

    /** An agreement signed by the lead body (Ban Dân vận, the Front) with the other parties. */
    public record SignAgreement(
            @NotNull Long leadBodyId,
            @NotBlank @Size(max = InputText.LINE) String title,
            @Nullable @Size(max = 100) String number,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotEmpty @Size(max = 30) List<@NotNull Long> partyBodyIds) {}

    public record AddJointTask(
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotNull Long ownerBodyId,
            @NotNull LocalDate dueOn) {}

    public record CompleteJointTask(
            @NotNull LocalDate doneOn,
            @NotBlank @Size(max = InputText.NOTE) String result) {}

    public record HoldJointReview(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = InputText.LONGEST) String results,
            @Nullable @Size(max = InputText.LONGEST) String nextSteps) {}
}
