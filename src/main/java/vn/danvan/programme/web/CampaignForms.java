package vn.danvan.programme.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.programme.CampaignCommands;
import vn.danvan.programme.CampaignKind;
import vn.danvan.programme.ContributionChannel;
import vn.danvan.programme.ContributionKind;
import vn.danvan.programme.PublicationDuty;

/** The forms of the campaign pages: public fields bound from the request, turned into commands. */
final class CampaignForms {

    private CampaignForms() {}

    static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static final class CampaignForm {
        public @Nullable Long bodyId;
        public CampaignKind kind = CampaignKind.RELIEF;
        public String title = "";
        public String purpose = "";
        public @Nullable String scope;
        public @Nullable String bankName;
        public @Nullable String bankAccount;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate launchedOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate receivingFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate receivingUntil;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate distributionUntil;

        public @Nullable String goals;

        @SuppressWarnings("NullAway")
        CampaignCommands.CreateCampaign toCommand() {
            boolean money = kind == null || kind.handlesMoney();
            return new CampaignCommands.CreateCampaign(
                    bodyId,
                    kind,
                    title,
                    purpose,
                    blank(scope),
                    money ? blank(bankName) : null,
                    money ? blank(bankAccount) : null,
                    launchedOn,
                    money ? receivingFrom : null,
                    money ? receivingUntil : null,
                    money ? distributionUntil : null,
                    blank(goals));
        }
    }

    static final class ContributionForm {
        public ContributionKind kind = ContributionKind.MONEY;
        public ContributionChannel channel = ContributionChannel.BANK;
        public @Nullable String donorName;
        public boolean anonymous;
        public @Nullable String donorContact;
        public @Nullable String amount;
        public @Nullable String item;
        public @Nullable String unit;
        public @Nullable String quantity;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate receivedOn;

        public @Nullable String reference;

        @SuppressWarnings("NullAway")
        CampaignCommands.RecordContribution toCommand() {
            return new CampaignCommands.RecordContribution(
                    kind,
                    kind == ContributionKind.IN_KIND ? ContributionChannel.GOODS : channel,
                    blank(donorName),
                    anonymous,
                    blank(donorContact),
                    blank(amount),
                    blank(item),
                    blank(unit),
                    blank(quantity),
                    receivedOn,
                    blank(reference));
        }
    }

    static final class BeneficiaryForm {
        public String name = "";
        public @Nullable String address;
        public String criteria = "";
        public @Nullable String plannedAmount;

        @SuppressWarnings("NullAway")
        CampaignCommands.AddBeneficiary toCommand() {
            return new CampaignCommands.AddBeneficiary(name, blank(address), criteria, blank(plannedAmount));
        }
    }

    static final class DistributionForm {
        public @Nullable Long beneficiaryId;
        public @Nullable String recipient;
        public ContributionKind kind = ContributionKind.MONEY;
        public @Nullable String amount;
        public @Nullable String item;
        public @Nullable String unit;
        public @Nullable String quantity;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate distributedOn;

        @SuppressWarnings("NullAway")
        CampaignCommands.RecordDistribution toCommand() {
            return new CampaignCommands.RecordDistribution(
                    beneficiaryId,
                    blank(recipient),
                    kind,
                    blank(amount),
                    blank(item),
                    blank(unit),
                    blank(quantity),
                    distributedOn);
        }
    }

    static final class TransferForm {
        public @Nullable Long toCampaignId;
        public String amount = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate transferredOn;

        @SuppressWarnings("NullAway")
        CampaignCommands.TransferUp toCommand() {
            return new CampaignCommands.TransferUp(toCampaignId, amount, transferredOn);
        }
    }

    static final class PublicationForm {
        public @Nullable PublicationDuty duty;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate publishedOn;

        public String channel = "";

        @SuppressWarnings("NullAway")
        CampaignCommands.RecordPublication toCommand() {
            return new CampaignCommands.RecordPublication(duty, publishedOn, channel);
        }
    }

    static final class ResultsForm {
        public @Nullable Integer participants;
        public String results = "";

        @SuppressWarnings("NullAway")
        CampaignCommands.RecordResults toCommand() {
            return new CampaignCommands.RecordResults(participants, results);
        }
    }

    static final class ExtensionForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate receivingUntil;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate distributionUntil;

        public String decision = "";

        @SuppressWarnings("NullAway")
        CampaignCommands.ExtendReceiving toCommand() {
            return new CampaignCommands.ExtendReceiving(receivingUntil, distributionUntil, decision);
        }
    }
}
