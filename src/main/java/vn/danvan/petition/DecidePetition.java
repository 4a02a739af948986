package vn.danvan.petition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A processing decision. {@code note} is the guidance text (GUIDE), the reason (RETURN) or a remark;
 * a transfer names a body on the platform ({@code targetBodyId}) or one outside it ({@code targetName}).
 */
public record DecidePetition(
        @NotNull Decision decision,
        @Nullable LocalDate decidedOn,
        boolean complex,
        @Nullable FilingGround filingGround,
        @Nullable Long targetBodyId,
        @Nullable @Size(max = 300) String targetName,
        @Nullable @Size(max = 4000) String note) {}
