package vn.danvan.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.InputText;

/** What staff ask the reviews (sơ kết, tổng kết) of dân vận work to record. */
public final class ReviewCommands {

    private ReviewCommands() {}

    public record OpenReview(
            @NotNull Long bodyId,
            @NotNull ReviewKind kind,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @NotBlank @Size(max = InputText.LINE) String title,
            @NotBlank @Size(max = InputText.NAME) String place) {}

    /** The narrative the staff write; the figures come from the platform. */
    public record WriteReview(
            @Nullable @Size(max = 100) String number,
            @Nullable @Size(max = InputText.LONGEST) String results,
            @Nullable @Size(max = InputText.LONGEST) String limitations,
            @Nullable @Size(max = InputText.LONGEST) String causes,
            @Nullable @Size(max = InputText.LONGEST) String lessons,
            @Nullable @Size(max = InputText.LONGEST) String directions,
            @Nullable @Size(max = InputText.NAME) String signerName,
            @Nullable @Size(max = InputText.NAME) String signerPosition) {}
}
