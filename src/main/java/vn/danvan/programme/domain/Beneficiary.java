package vn.danvan.programme.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A household or person to receive support, the criteria they meet and the level planned (Đ.14). */
public record Beneficiary(
        long id,
        long campaignId,
        String name,
        @Nullable String address,
        String criteria,
        @Nullable BigDecimal plannedAmount) {}
