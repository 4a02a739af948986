package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.ContributionKind;

/** Money or goods given out, to a beneficiary or passed up to a higher level's campaign ({@code toCampaignId}). */
public record Distribution(
        long id,
        long campaignId,
        @Nullable Long beneficiaryId,
        String recipient,
        ContributionKind kind,
        @Nullable BigDecimal amount,
        @Nullable String item,
        @Nullable String unit,
        @Nullable BigDecimal quantity,
        LocalDate distributedOn,
        @Nullable Long toCampaignId,
        int receipts) {}
