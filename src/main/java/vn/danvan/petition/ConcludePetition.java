package vn.danvan.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Kết quả giải quyết: outcome, a summary of the decision or answer, and its date; for a complaint or a
 * denunciation, optionally the figures the result forms count ({@link ResolutionFigures}).
 */
public record ConcludePetition(
        @NotNull Outcome outcome,
        @NotBlank @Size(max = 20_000) String summary,
        @Nullable LocalDate resolvedOn,
        @Nullable @Valid ResolutionFigures figures) {

    public ConcludePetition(Outcome outcome, String summary, @Nullable LocalDate resolvedOn) {
        this(outcome, summary, resolvedOn, null);
    }
}
