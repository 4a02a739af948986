package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.ContributionChannel;
import vn.danvan.programme.ContributionKind;

/**
 * A contribution as staff see it. The donor's contact is not here: it is sealed in the table and opened only where
 * a receipt must be sent. {@code donorName} is null for an anonymous donor ("Ẩn danh" on the ledger).
 */
public record Contribution(
        long id,
        long campaignId,
        ContributionKind kind,
        ContributionChannel channel,
        @Nullable String donorName,
        boolean anonymous,
        @Nullable BigDecimal amount,
        @Nullable String item,
        @Nullable String unit,
        @Nullable BigDecimal quantity,
        LocalDate receivedOn,
        @Nullable String reference,
        @Nullable Long fromCampaignId,
        boolean matched) {}
