package vn.danvan.democracy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** The citizens' yearly rating of their commune (Luật THDCCS 2022 Đ.34(1)). */
public final class RatingCommands {

    private RatingCommands() {}

    public record OpenRound(
            @NotNull Long committeeBodyId,
            @Min(1990) @Max(2100) int year,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn) {}

    /** One sheet: a score of 1 (rất không hài lòng) to 5 (rất hài lòng) per criterion, in the round's order. */
    public record Rate(
            @NotNull List<@NotNull @Min(1) @Max(5) Integer> scores,
            @Nullable Long hamletId,
            @Nullable @Size(max = InputText.NOTE) String comment) {}
}
