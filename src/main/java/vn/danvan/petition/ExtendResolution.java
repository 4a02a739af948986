package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Gia hạn: the new due date (the legal maximum when omitted), the written reason, and the day the extension was
 * decided (today when omitted) — which must come before the deadline it extends runs out.
 */
public record ExtendResolution(
        @Nullable LocalDate newDueDate,
        @NotBlank @Size(max = 4000) String reason,
        @Nullable LocalDate extendedOn) {

    public ExtendResolution(@Nullable LocalDate newDueDate, String reason) {
        this(newDueDate, reason, null);
    }
}
