package vn.danvan.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The written determination that a case is complex (NĐ 124/2020 Đ.3a(2)): the degree, at least one criterion, the
 * reason, and the day it was made (today when omitted) — at acceptance or before the resolution deadline runs out.
 */
public record DeclareComplexity(
        @NotNull Complexity complexity,
        @NotNull @Size(min = 1, max = 7) Set<ComplexityCriterion> criteria,
        @NotBlank @Size(max = 4000) String reason,
        @Nullable LocalDate declaredOn) {}
