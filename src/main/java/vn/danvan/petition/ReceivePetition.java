package vn.danvan.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Everything needed to register a petition, from any channel. */
public record ReceivePetition(
        @NotNull Long bodyId,
        @NotNull Channel channel,
        @Nullable SourceKind sourceKind,
        @Nullable @Size(max = 300) String sourceName,
        @Nullable @Size(max = 100) String sourceReference,
        @NotNull PetitionType type,
        @NotBlank @Size(max = 40) String fieldCode,
        @Nullable Instance instance,
        boolean anonymous,
        @NotNull PetitionerKind petitionerKind,
        @Min(1) @Max(100_000) int petitionerCount,
        @Min(0) @Max(5) int representativeCount,
        @Valid @Nullable PetitionerIdentity petitioner,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20_000) String content,
        @Nullable @Pattern(regexp = "\\d{5}") String communeCode,
        @NotNull @PastOrPresent LocalDate receivedOn,
        boolean remoteArea,
        @Nullable @Size(max = 32) String relatedTrackingCode,
        @Nullable Relation relation) {}
