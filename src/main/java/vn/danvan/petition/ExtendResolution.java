package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Gia hạn: the new due date (the legal maximum when omitted) and the written reason. */
public record ExtendResolution(
        @Nullable LocalDate newDueDate,
        @NotBlank @Size(max = 4000) String reason) {}
