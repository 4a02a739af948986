package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Quyết định đình chỉ giải quyết khiếu nại (Mẫu 14a): its ground, reason and day of issue (today when omitted). */
public record TerminateComplaint(
        @NotNull TerminationGround ground,
        @NotBlank @Size(max = 4000) String reason,
        @Nullable LocalDate issuedOn) {}
