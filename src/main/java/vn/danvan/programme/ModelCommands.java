package vn.danvan.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.InputText;

/** What staff ask of the "Dân vận khéo" models. */
public final class ModelCommands {

    private ModelCommands() {}

    /** A criterion of a round's council, its weight and its highest score. */
    public record Criterion(
            @NotBlank @Size(max = InputText.LINE) String name,
            @NotNull @Min(1) @Max(100) Integer weight,
            @NotNull @Min(1) @Max(100) Integer maxScore) {}

    /**
     * An annual registration round at one level, launched by a body. Without criteria or threshold, the defaults
     * of {@code danvan.programme.models.*} are taken.
     */
    public record OpenRound(
            @NotNull Long bodyId,
            @NotNull @Min(1990) @Max(2200) Integer year,
            @NotNull UnitLevel level,
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn,
            @Nullable @DecimalMin("1") @DecimalMax("100") BigDecimal threshold,
            @Nullable @Size(max = 20) List<@Valid @NotNull Criterion> criteria) {}

    public record AddCouncilMember(
            @NotBlank @Size(max = InputText.NAME) String fullName,
            @Nullable @Size(max = InputText.LINE) String position) {}

    /** A model or exemplar registered in an open round by a body under the round's body. */
    public record RegisterModel(
            @NotNull Long roundId,
            @NotNull Long bodyId,
            @NotNull ModelKind kind,
            @NotNull ModelField field,
            @NotBlank @Size(max = InputText.LINE) String name,
            @NotBlank @Size(max = InputText.NAME) String ownerName,
            @Nullable @Size(max = InputText.LINE) String address,
            @NotBlank @Size(max = InputText.NOTE) String goals,
            @Nullable @Size(max = InputText.NOTE) String indicators) {}

    /** What the model achieved so far, written by its owner's staff while it runs. */
    public record Results(
            @NotBlank @Size(max = InputText.NOTE) String results) {}

    /** One council member's scores of a model, by criterion id. */
    public record ScoreSheet(
            @NotNull Long memberId,
            @NotNull @Size(min = 1, max = 20) Map<Long, @NotNull BigDecimal> scores) {}

    /** The decision recognising the model (quyết định công nhận). */
    public record Recognise(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decidedOn) {}

    public record Commend(
            @NotNull CommendationForm form,
            @NotBlank @Size(max = InputText.NAME) String issuer,
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decidedOn) {}

    /** A copy of a recognised model elsewhere: registered in an open round by another body. */
    public record Replicate(
            @NotNull Long roundId,
            @NotNull Long bodyId,
            @NotBlank @Size(max = InputText.LINE) String name,
            @NotBlank @Size(max = InputText.NAME) String ownerName,
            @Nullable @Size(max = InputText.LINE) String address,
            @Nullable @Size(max = InputText.NOTE) String goals) {}
}
