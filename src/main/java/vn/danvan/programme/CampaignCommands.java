package vn.danvan.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What staff ask of a campaign. Amounts and quantities travel as the text typed ("1.234.567", "1,234,567 VND",
 * "12,5"): the service reads them strictly and refuses what is not an exact VND amount, with the field named.
 */
public final class CampaignCommands {

    private CampaignCommands() {}

    /** A relief campaign (with account and periods) or a movement / task force (with goals). */
    public record CreateCampaign(
            @NotNull Long bodyId,
            @NotNull CampaignKind kind,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 4000) String purpose,
            @Nullable @Size(max = 4000) String scope,
            @Nullable @Size(max = 200) String bankName,
            @Nullable @Size(max = 40) String bankAccount,
            @NotNull LocalDate launchedOn,
            @Nullable LocalDate receivingFrom,
            @Nullable LocalDate receivingUntil,
            @Nullable LocalDate distributionUntil,
            @Nullable @Size(max = 4000) String goals) {}

    /** The receiving period extended by a Ban Vận động cấp tỉnh or above (Đ.8), by a written decision. */
    public record ExtendReceiving(
            @NotNull LocalDate receivingUntil,
            @NotNull LocalDate distributionUntil,
            @NotBlank @Size(max = 500) String decision) {}

    public record RecordContribution(
            @NotNull ContributionKind kind,
            @NotNull ContributionChannel channel,
            @Nullable @Size(max = 200) String donorName,
            boolean anonymous,
            @Nullable @Size(max = 200) String donorContact,
            @Nullable @Size(max = 40) String amount,
            @Nullable @Size(max = 200) String item,
            @Nullable @Size(max = 40) String unit,
            @Nullable @Size(max = 40) String quantity,
            @NotNull LocalDate receivedOn,
            @Nullable @Size(max = 100) String reference) {}

    public record AddBeneficiary(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 500) String address,
            @NotBlank @Size(max = 4000) String criteria,
            @Nullable @Size(max = 40) String plannedAmount) {}

    public record RecordDistribution(
            @Nullable Long beneficiaryId,
            @Nullable @Size(max = 200) String recipient,
            @NotNull ContributionKind kind,
            @Nullable @Size(max = 40) String amount,
            @Nullable @Size(max = 200) String item,
            @Nullable @Size(max = 40) String unit,
            @Nullable @Size(max = 40) String quantity,
            @NotNull LocalDate distributedOn) {}

    /** Money passed up to a higher level's campaign by a locality not affected (Đ.9). */
    public record TransferUp(
            @NotNull Long toCampaignId,
            @NotBlank @Size(max = 40) String amount,
            @NotNull LocalDate transferredOn) {}

    /** A duty of Đ.14 done: published on that day, where (website, office, community point, newspaper). */
    public record RecordPublication(
            @NotNull PublicationDuty duty,
            @NotNull LocalDate publishedOn,
            @NotBlank @Size(max = 500) String channel) {}

    /** What a movement or task force achieved. */
    public record RecordResults(
            @NotNull @Min(0) @Max(100_000_000) Integer participants,
            @NotBlank @Size(max = 20_000) String results) {}

    /** A statement line matched by hand to a recorded contribution. */
    public record MatchLine(@NotNull Long contributionId) {}
}
