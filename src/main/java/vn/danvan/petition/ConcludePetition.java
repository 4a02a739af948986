package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Kết quả giải quyết: outcome, a summary of the decision or answer, and its date. */
public record ConcludePetition(
        @NotNull Outcome outcome,
        @NotBlank @Size(max = 20_000) String summary,
        @Nullable LocalDate resolvedOn) {}
