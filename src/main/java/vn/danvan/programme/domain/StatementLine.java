package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A credit line of an imported bank statement and the contribution it was matched to, if any. */
public record StatementLine(
        long id,
        long campaignId,
        String account,
        String reference,
        LocalDate bookedOn,
        BigDecimal amount,
        String description,
        @Nullable Long contributionId,
        @Nullable String matchedHow) {}
