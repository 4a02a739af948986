package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Quyết định tiếp tục giải quyết khiếu nại (Mẫu 14b): why the ground of suspension ended, and the day of issue. */
public record ResumeComplaint(
        @NotBlank @Size(max = 4000) String reason, @Nullable LocalDate issuedOn) {}
