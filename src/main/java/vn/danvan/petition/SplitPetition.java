package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One content to split off a petition with several contents. */
public record SplitPetition(
        @NotNull PetitionType type,
        @NotBlank @Size(max = 40) String fieldCode,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20_000) String content) {}
