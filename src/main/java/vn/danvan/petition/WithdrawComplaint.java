package vn.danvan.petition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Rút khiếu nại (Luật Khiếu nại Đ.10 as amended by Luật 136/2025/QH15; NĐ 124/2020 Đ.7a): how many of the
 * complainants withdraw (0 when one complainant withdraws part of the content), the content withdrawn when only
 * part is (none: all of it), whether the withdrawal was coerced (then the content may be examined again), and the day.
 */
public record WithdrawComplaint(
        @Min(0) @Max(100_000) int people,
        @Nullable @Size(max = 4000) String content,
        boolean coerced,
        @Nullable LocalDate withdrawnOn) {}
