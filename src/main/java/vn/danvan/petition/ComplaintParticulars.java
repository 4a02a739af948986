package vn.danvan.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the acceptance of a complaint turns on, recorded while it awaits processing: its subject (and whether the
 * disciplinary decision was a dismissal), the day the complainant received or learned of the decision or act
 * (Luật Khiếu nại Đ.9, Đ.48), the day a second-instance complainant received the first decision (Đ.33, Đ.50), the
 * periods of objective obstacles that do not count against the time bar, and, for a complaint of several people,
 * how many signed it and whether the representatives were appointed in writing (NĐ 124/2020 Đ.16(1)).
 */
public record ComplaintParticulars(
        @NotNull ComplaintSubject subject,
        boolean dismissal,
        @Nullable @PastOrPresent LocalDate learnedOn,
        @Nullable @PastOrPresent LocalDate firstDecisionReceivedOn,
        @Valid @Nullable @Size(max = 20) List<Obstacle> obstacles,
        @Nullable @Min(0) @Max(100_000) Integer signatureCount,
        boolean representativesAppointedInWriting) {

    /** An objective obstacle (ốm đau, thiên tai, đi công tác, học tập ở nơi xa…): its days do not count (Đ.9). */
    public record Obstacle(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotBlank @Size(max = 500) String reason) {}

    public List<Obstacle> obstacleList() {
        return obstacles == null ? List.of() : obstacles;
    }
}
