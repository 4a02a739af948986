package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Phân loại đơn: type, field, instance and whether the author is anonymous. */
public record ClassifyPetition(
        @NotNull PetitionType type,
        @NotBlank @Size(max = 40) String fieldCode,
        @Nullable Instance instance,
        boolean anonymous) {}
