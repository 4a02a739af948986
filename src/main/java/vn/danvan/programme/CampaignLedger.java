package vn.danvan.programme;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.CampaignCommands.AddBeneficiary;
import vn.danvan.programme.CampaignCommands.CreateCampaign;
import vn.danvan.programme.CampaignCommands.ExtendReceiving;
import vn.danvan.programme.CampaignCommands.RecordContribution;
import vn.danvan.programme.CampaignCommands.RecordDistribution;
import vn.danvan.programme.CampaignCommands.RecordPublication;
import vn.danvan.programme.CampaignCommands.RecordResults;
import vn.danvan.programme.CampaignCommands.TransferUp;
import vn.danvan.programme.domain.BankStatementFile;
import vn.danvan.programme.domain.BankStatementFormat;
import vn.danvan.programme.domain.Beneficiary;
import vn.danvan.programme.domain.Campaign;
import vn.danvan.programme.domain.CampaignEvent;
import vn.danvan.programme.domain.CampaignPolicy;
import vn.danvan.programme.domain.CampaignSchedule;
import vn.danvan.programme.domain.Contribution;
import vn.danvan.programme.domain.ContributionAmounts;
import vn.danvan.programme.domain.Distribution;
import vn.danvan.programme.domain.DutyClock;
import vn.danvan.programme.domain.LedgerTotals;
import vn.danvan.programme.domain.StatementLine;
import vn.danvan.programme.persistence.Campaigns;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.FileStore;
import vn.danvan.shared.VietnameseText;

/**
 * Campaigns of mobilisation and relief (NĐ 93/2021/NĐ-CP) and movements without money: a campaign is created with
 * its account and periods, receives money and goods, gives them out to beneficiaries or passes money up to a
 * higher level, imports its bank statements and reconciles them, and keeps one clock per publication duty. A
 * distribution or transfer locks the campaign's row, so that concurrent ones never give out more than was received.
 * Every change is on the campaign's timeline and audited in the same transaction.
 */
@Service
@Transactional
public class CampaignLedger {

    static final String RECEIPTS_AREA = "campaign-receipts";
    static final long MAX_RECEIPT_BYTES = 10L * 1024 * 1024;
    /** A bank books a transfer a day or two after the donor makes it: not law, the practice of reconciliation. */
    static final int RECONCILIATION_DAYS = 3;

    private final Campaigns campaigns;
    private final CampaignSchedule schedule;
    private final CampaignPolicy policy;
    private final OrganizationDirectory organization;
    private final ContactSecrets secrets;
    private final FileStore files;
    private final AuditTrail audit;

    CampaignLedger(
            Campaigns campaigns,
            CampaignSchedule schedule,
            CampaignPolicy policy,
            OrganizationDirectory organization,
            ContactSecrets secrets,
            FileStore files,
            AuditTrail audit) {
        this.campaigns = campaigns;
        this.schedule = schedule;
        this.policy = policy;
        this.organization = organization;
        this.secrets = secrets;
        this.files = files;
        this.audit = audit;
    }

    /** What an import did: lines read, added, already known, duplicated in the file, money out, matched. */
    public record ImportResult(int read, int added, int alreadyImported, int duplicates, int debits, int matched) {}

    // ---- campaigns ----------------------------------------------------------------------------------

    public long create(CreateCampaign command, LocalDate today, StaffMember staff) {
        Body body =
                organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("campaign.body-unknown"));
        policy.requireWork(staff, body.id());
        CampaignPolicy.requireOrganiser(body, command.kind());
        if (command.launchedOn().isAfter(today)) {
            throw DomainException.invalid("campaign.launch-in-future");
        }
        CreateCampaign checked = command.kind().handlesMoney() ? reliefPeriods(command) : withoutMoney(command);
        if (checked.bankAccount() != null && campaigns.accountTaken(checked.bankAccount())) {
            throw DomainException.conflict("campaign.account-taken", checked.bankAccount());
        }
        long id =
                campaigns.add(checked, body.level().name(), body.provinceCode(), body.communeCode(), staff.username());
        if (checked.kind().handlesMoney()) {
            scheduleDuties(id, campaigns.find(id).orElseThrow());
        } else {
            campaigns.setDue(id, PublicationDuty.CALL, checked.launchedOn());
        }
        campaigns.recordEvent(id, "CREATED", staff.username(), checked.title());
        audit.record(
                "campaign.created",
                "campaign",
                id,
                Map.of(
                        "body",
                        body.id(),
                        "kind",
                        checked.kind().name(),
                        "launched",
                        checked.launchedOn().toString()));
        return id;
    }

    private CreateCampaign reliefPeriods(CreateCampaign command) {
        String account =
                command.bankAccount() == null ? "" : command.bankAccount().replaceAll("[\\s.-]", "");
        if (!account.matches("[0-9A-Za-z]{6,30}")) {
            throw DomainException.invalid("campaign.account-required");
        }
        if (command.bankName() == null || command.bankName().isBlank()) {
            throw DomainException.invalid("campaign.bank-required");
        }
        LocalDate from = command.receivingFrom() == null ? command.launchedOn() : command.receivingFrom();
        if (from.isBefore(command.launchedOn())) {
            throw DomainException.invalid("campaign.receiving-before-launch");
        }
        LocalDate until = command.receivingUntil();
        LocalDate latest = schedule.latestReceivingEnd(command.launchedOn());
        if (until == null || until.isBefore(from)) {
            throw DomainException.invalid("campaign.receiving-until-required");
        }
        if (until.isAfter(latest)) {
            throw DomainException.invalid("campaign.receiving-too-long", Campaign.shown(latest));
        }
        LocalDate distribution = command.distributionUntil();
        LocalDate latestDistribution = schedule.latestDistributionEnd(until);
        if (distribution == null || distribution.isBefore(until)) {
            throw DomainException.invalid("campaign.distribution-until-required");
        }
        if (distribution.isAfter(latestDistribution)) {
            throw DomainException.invalid("campaign.distribution-too-long", Campaign.shown(latestDistribution));
        }
        return new CreateCampaign(
                command.bodyId(),
                command.kind(),
                command.title(),
                command.purpose(),
                command.scope(),
                command.bankName(),
                account,
                command.launchedOn(),
                from,
                until,
                distribution,
                command.goals());
    }

    private static CreateCampaign withoutMoney(CreateCampaign command) {
        if (command.bankAccount() != null
                || command.receivingUntil() != null
                || command.distributionUntil() != null
                || command.receivingFrom() != null) {
            throw DomainException.invalid("campaign.no-money");
        }
        if (command.goals() == null || command.goals().isBlank()) {
            throw DomainException.invalid("campaign.goals-required");
        }
        return new CreateCampaign(
                command.bodyId(),
                command.kind(),
                command.title(),
                command.purpose(),
                command.scope(),
                null,
                null,
                command.launchedOn(),
                null,
                null,
                null,
                command.goals());
    }

    private void scheduleDuties(long id, Campaign campaign) {
        LocalDate first = campaigns.firstDistribution(id).orElse(null);
        for (PublicationDuty duty : PublicationDuty.values()) {
            if (duty == PublicationDuty.REPORT_UPWARD && !"PROVINCE".equals(campaign.level())) {
                continue;
            }
            campaigns.setDue(
                    id,
                    duty,
                    schedule.dueOn(
                            duty,
                            campaign.launchedOn(),
                            campaign.receivingStart(),
                            campaign.receivingEnd(),
                            campaign.distributionEnd(),
                            first));
        }
    }

    public Campaign extend(long id, ExtendReceiving command, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        campaign.requireMoney();
        Body staffBody = organization
                .body(staff.bodyId())
                .orElseThrow(() -> DomainException.forbidden("campaign.extension-by-province"));
        CampaignPolicy.requireProvincialLevel(staff, staffBody);
        if (!command.receivingUntil().isAfter(campaign.receivingEnd())) {
            throw DomainException.invalid("campaign.extension-not-later", Campaign.shown(campaign.receivingEnd()));
        }
        if (command.distributionUntil().isBefore(command.receivingUntil())
                || command.distributionUntil().isAfter(schedule.latestDistributionEnd(command.receivingUntil()))) {
            throw DomainException.invalid(
                    "campaign.distribution-too-long",
                    Campaign.shown(schedule.latestDistributionEnd(command.receivingUntil())));
        }
        campaigns.extend(id, command.receivingUntil(), command.distributionUntil());
        Campaign after = campaigns.find(id).orElseThrow();
        scheduleDuties(id, after);
        campaigns.recordEvent(
                id,
                "EXTENDED",
                staff.username(),
                campaign.receivingEnd() + " → " + command.receivingUntil() + " · " + command.decision());
        audit.record(
                "campaign.extended",
                "campaign",
                id,
                Map.of(
                        "receivingUntil",
                        campaign.receivingEnd() + " → " + command.receivingUntil(),
                        "decision",
                        command.decision()));
        return after;
    }

    public Campaign recordResults(long id, RecordResults command, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        if (campaign.kind().handlesMoney()) {
            throw DomainException.conflict("campaign.results-for-movements");
        }
        campaigns.results(id, command.participants(), command.results());
        campaigns.recordEvent(id, "RESULTS", staff.username(), command.participants() + " người tham gia");
        audit.record("campaign.results", "campaign", id, Map.of("participants", command.participants()));
        return campaigns.find(id).orElseThrow();
    }

    // ---- contributions ------------------------------------------------------------------------------

    public long contribute(long id, RecordContribution command, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        campaign.checkReceipt(command.receivedOn());
        @Nullable String name = blankToNull(command.donorName());
        if (command.anonymous()) {
            name = null;
        } else if (name == null) {
            throw DomainException.invalid("campaign.donor-name-required");
        }
        @Nullable String contact = blankToNull(command.donorContact());
        byte @Nullable [] sealed = contact == null ? null : secrets.seal(contact);
        @Nullable BigDecimal amount = null;
        @Nullable String item = null;
        @Nullable String unit = null;
        @Nullable BigDecimal quantity = null;
        if (command.kind() == ContributionKind.MONEY) {
            if (command.channel() != ContributionChannel.BANK && command.channel() != ContributionChannel.CASH) {
                throw DomainException.invalid("campaign.money-channel");
            }
            amount = positiveAmount(command.amount());
            if (blankToNull(command.item()) != null || blankToNull(command.quantity()) != null) {
                throw DomainException.invalid("campaign.money-or-goods");
            }
        } else {
            if (command.channel() != ContributionChannel.GOODS) {
                throw DomainException.invalid("campaign.goods-channel");
            }
            if (blankToNull(command.amount()) != null) {
                throw DomainException.invalid("campaign.money-or-goods");
            }
            item = requireText(command.item(), "campaign.item-required");
            unit = requireText(command.unit(), "campaign.item-required");
            quantity = positiveQuantity(command.quantity());
        }
        long contribution = campaigns.addContribution(
                id,
                command.kind(),
                command.channel(),
                name,
                command.anonymous(),
                sealed,
                amount,
                item,
                unit,
                quantity,
                command.receivedOn(),
                blankToNull(command.reference()),
                null,
                staff.username());
        int matched = command.channel() == ContributionChannel.BANK ? reconcile(id) : 0;
        campaigns.recordEvent(id, "CONTRIBUTION", staff.username(), describe(amount, quantity, unit, item));
        Map<String, Object> details = new HashMap<>();
        details.put("contribution", contribution);
        details.put("kind", command.kind().name());
        details.put("anonymous", command.anonymous());
        if (amount != null) {
            details.put("amount", amount.toPlainString());
        }
        if (matched > 0) {
            details.put("matched", matched);
        }
        audit.record("campaign.contribution-recorded", "campaign", id, details);
        return contribution;
    }

    // ---- beneficiaries and distributions ------------------------------------------------------------

    public long addBeneficiary(long id, AddBeneficiary command, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        campaign.requireMoney();
        @Nullable
        BigDecimal planned = blankToNull(command.plannedAmount()) == null
                ? null
                : amount(command.plannedAmount(), "campaign.amount-malformed");
        long beneficiary = campaigns.addBeneficiary(
                id, command.name(), blankToNull(command.address()), command.criteria(), planned, staff.username());
        campaigns.recordEvent(id, "BENEFICIARY", staff.username(), command.name());
        audit.record("campaign.beneficiary-added", "campaign", id, Map.of("beneficiary", beneficiary));
        return beneficiary;
    }

    public long distribute(long id, RecordDistribution command, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        campaign.checkDistribution(command.distributedOn());
        String recipient;
        if (command.beneficiaryId() != null) {
            recipient = campaigns.beneficiaries(id).stream()
                    .filter(b -> b.id() == command.beneficiaryId())
                    .map(Beneficiary::name)
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("campaign.beneficiary-unknown"));
        } else {
            recipient = requireText(command.recipient(), "campaign.recipient-required");
        }
        LedgerTotals totals = campaigns.totals(id);
        @Nullable BigDecimal amount = null;
        @Nullable String item = null;
        @Nullable String unit = null;
        @Nullable BigDecimal quantity = null;
        if (command.kind() == ContributionKind.MONEY) {
            amount = positiveAmount(command.amount());
            if (amount.compareTo(totals.moneyRemaining()) > 0) {
                throw DomainException.conflict(
                        "campaign.exceeds-balance", ContributionAmounts.format(totals.moneyRemaining()));
            }
        } else {
            item = requireText(command.item(), "campaign.item-required");
            unit = requireText(command.unit(), "campaign.item-required");
            quantity = positiveQuantity(command.quantity());
            String wantedItem = item.toLowerCase(Locale.ROOT);
            String wantedUnit = unit.toLowerCase(Locale.ROOT);
            BigDecimal remaining = totals.items().stream()
                    .filter(i ->
                            i.item().equalsIgnoreCase(wantedItem) && i.unit().equalsIgnoreCase(wantedUnit))
                    .map(LedgerTotals.ItemBalance::remaining)
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
            if (quantity.compareTo(remaining) > 0) {
                throw DomainException.conflict(
                        "campaign.exceeds-goods", remaining.stripTrailingZeros().toPlainString(), unit, item);
            }
        }
        boolean first = campaigns.firstDistribution(id).isEmpty();
        long distribution = campaigns.addDistribution(
                id,
                command.beneficiaryId(),
                recipient,
                command.kind(),
                amount,
                item,
                unit,
                quantity,
                command.distributedOn(),
                null,
                staff.username());
        if (first
                || campaigns
                        .firstDistribution(id)
                        .filter(command.distributedOn()::equals)
                        .isPresent()) {
            scheduleDuties(id, campaign);
        }
        campaigns.recordEvent(
                id, "DISTRIBUTION", staff.username(), recipient + " · " + describe(amount, quantity, unit, item));
        Map<String, Object> details = new HashMap<>();
        details.put("distribution", distribution);
        details.put("kind", command.kind().name());
        details.put("value", describe(amount, quantity, unit, item));
        audit.record("campaign.distributed", "campaign", id, details);
        return distribution;
    }

    /** A non-affected locality passes money up to a higher level's campaign (Đ.9): recorded on both sides. */
    public long transferUp(long id, TransferUp command, StaffMember staff) {
        long targetId = command.toCampaignId();
        if (targetId == id) {
            throw DomainException.invalid("campaign.transfer-target-required");
        }
        // Both rows locked, always in the same order, so that two transfers between them cannot deadlock.
        Campaign source;
        Campaign target;
        if (id < targetId) {
            source = locked(id, staff);
            target = campaigns
                    .lock(targetId)
                    .orElseThrow(() -> DomainException.invalid("campaign.transfer-target-required"));
        } else {
            target = campaigns
                    .lock(targetId)
                    .orElseThrow(() -> DomainException.invalid("campaign.transfer-target-required"));
            source = locked(id, staff);
        }
        source.checkDistribution(command.transferredOn());
        target.requireMoney();
        if (!isAbove(target.bodyId(), source.bodyId())) {
            throw DomainException.invalid("campaign.transfer-not-upward");
        }
        if (command.transferredOn().isBefore(target.receivingStart())
                || command.transferredOn().isAfter(target.distributionEnd())) {
            throw DomainException.invalid(
                    "campaign.outside-receiving",
                    Campaign.shown(target.receivingStart()),
                    Campaign.shown(target.distributionEnd()));
        }
        BigDecimal amount = positiveAmount(command.amount());
        BigDecimal remaining = campaigns.totals(id).moneyRemaining();
        if (amount.compareTo(remaining) > 0) {
            throw DomainException.conflict("campaign.exceeds-balance", ContributionAmounts.format(remaining));
        }
        long distribution = campaigns.addDistribution(
                id,
                null,
                target.title(),
                ContributionKind.MONEY,
                amount,
                null,
                null,
                null,
                command.transferredOn(),
                targetId,
                staff.username());
        long contribution = campaigns.addContribution(
                targetId,
                ContributionKind.MONEY,
                ContributionChannel.TRANSFER,
                source.title(),
                false,
                null,
                amount,
                null,
                null,
                null,
                command.transferredOn(),
                "campaign-" + id,
                id,
                staff.username());
        String money = ContributionAmounts.format(amount);
        campaigns.recordEvent(id, "TRANSFERRED_UP", staff.username(), money + " → " + target.title());
        campaigns.recordEvent(targetId, "RECEIVED_FROM_BELOW", staff.username(), money + " ← " + source.title());
        audit.record(
                "campaign.transferred-up",
                "campaign",
                id,
                Map.of("to", targetId, "amount", amount.toPlainString(), "distribution", distribution));
        audit.record(
                "campaign.received-from-below",
                "campaign",
                targetId,
                Map.of("from", id, "amount", amount.toPlainString(), "contribution", contribution));
        return distribution;
    }

    private boolean isAbove(long upper, long lower) {
        @Nullable Long current = organization.body(lower).map(Body::superiorId).orElse(null);
        Set<Long> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            if (current == upper) {
                return true;
            }
            current = organization.body(current).map(Body::superiorId).orElse(null);
        }
        return false;
    }

    /** A signed receipt or list of a distribution: PDF, image, Word or Excel, at most 10 MB. */
    public long attachReceipt(
            long id, long distributionId, @Nullable String fileName, InputStream content, StaffMember staff) {
        locked(id, staff);
        if (!campaigns.distributionOf(id, distributionId)) {
            throw DomainException.notFound("campaign.distribution-unknown");
        }
        FileStore.Stored stored = files.store(RECEIPTS_AREA, fileName, content, MAX_RECEIPT_BYTES, "campaign.receipt");
        long receipt = campaigns.addReceipt(distributionId, stored, staff.username());
        campaigns.recordEvent(id, "RECEIPT_ADDED", staff.username(), stored.fileName());
        audit.record(
                "campaign.receipt-added",
                "campaign",
                id,
                Map.of("distribution", distributionId, "receipt", receipt, "size", stored.size()));
        return receipt;
    }

    public Path receiptPath(long id, long receiptId, StaffMember staff) {
        campaign(id, staff);
        return campaigns.receipts(id).stream()
                .filter(r -> r.id() == receiptId)
                .findFirst()
                .map(r -> files.path(RECEIPTS_AREA, r.key()))
                .orElseThrow(() -> DomainException.notFound("campaign.receipt-unknown"));
    }

    // ---- bank statements ----------------------------------------------------------------------------

    /**
     * Reads the whole statement first: a malformed line refuses the file, naming the line, and nothing is written.
     * Lines already imported (same account and bank reference) add nothing; the same statement imported twice adds
     * nothing at all. New lines are then reconciled with the recorded contributions.
     */
    public ImportResult importStatement(
            long id, BankStatementFormat format, @Nullable String fileName, byte[] content, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        campaign.requireMoney();
        String account = Objects.requireNonNull(campaign.bankAccount());
        BankStatementFile.Read read = BankStatementFile.read(format, content);
        List<BankStatementFile.Entry> fresh = read.credits().stream()
                .filter(e -> !campaigns.lineKnown(account, e.reference()))
                .toList();
        int known = read.credits().size() - fresh.size();
        if (fresh.isEmpty()) {
            return new ImportResult(read.credits().size(), 0, known, read.duplicates(), read.debits(), 0);
        }
        String name = fileName == null || fileName.isBlank()
                ? "sao-ke.csv"
                : Path.of(fileName).getFileName().toString();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        long statement = campaigns.addStatement(
                id, format.name(), name, sha256(content), read.credits().size(), staff.username());
        int added = 0;
        for (BankStatementFile.Entry entry : fresh) {
            if (campaigns.addLine(
                    id, statement, account, entry.reference(), entry.bookedOn(), entry.amount(), entry.description())) {
                added++;
            }
        }
        campaigns.statementAdded(statement, added);
        int matched = reconcile(id);
        campaigns.recordEvent(
                id,
                "STATEMENT_IMPORTED",
                staff.username(),
                format.label() + " · " + added + " dòng mới, " + matched + " dòng khớp");
        audit.record(
                "campaign.statement-imported",
                "campaign",
                id,
                Map.of("statement", statement, "added", added, "known", known, "matched", matched));
        return new ImportResult(read.credits().size(), added, known, read.duplicates(), read.debits(), matched);
    }

    /**
     * Matches unmatched credit lines to unmatched bank contributions of the same amount, booked within
     * {@link #RECONCILIATION_DAYS} days of the day recorded, whose reference or donor's name the line's reference
     * or description carries; a line with more than one such contribution is left for staff to match.
     */
    private int reconcile(long id) {
        List<StatementLine> lines = campaigns.lines(id, true);
        if (lines.isEmpty()) {
            return 0;
        }
        List<Contribution> open = new ArrayList<>(campaigns.contributions(id).stream()
                .filter(c -> c.channel() == ContributionChannel.BANK && !c.matched())
                .toList());
        int matched = 0;
        for (StatementLine line : lines) {
            String description = VietnameseText.fold(line.reference() + " " + line.description());
            List<Contribution> candidates = open.stream()
                    .filter(c -> c.amount() != null && c.amount().compareTo(line.amount()) == 0)
                    .filter(c ->
                            Math.abs(ChronoUnit.DAYS.between(c.receivedOn(), line.bookedOn())) <= RECONCILIATION_DAYS)
                    .filter(c -> mentions(description, c.reference()) || mentions(description, c.donorName()))
                    .toList();
            if (candidates.size() == 1) {
                Contribution contribution = candidates.get(0);
                campaigns.match(line.id(), contribution.id(), "AUTOMATIC");
                open.remove(contribution);
                matched++;
            }
        }
        return matched;
    }

    private static boolean mentions(String foldedText, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String folded = VietnameseText.fold(value);
        return folded.length() >= 3 && foldedText.contains(folded);
    }

    public void matchLine(long id, long lineId, long contributionId, StaffMember staff) {
        locked(id, staff);
        StatementLine line =
                campaigns.line(id, lineId).orElseThrow(() -> DomainException.notFound("campaign.line-unknown"));
        if (line.contributionId() != null) {
            throw DomainException.conflict("campaign.line-matched");
        }
        Contribution contribution = campaigns
                .contribution(contributionId)
                .filter(c -> c.campaignId() == id)
                .orElseThrow(() -> DomainException.invalid("campaign.contribution-unknown"));
        if (contribution.matched()) {
            throw DomainException.conflict("campaign.contribution-matched");
        }
        if (contribution.amount() == null || contribution.amount().compareTo(line.amount()) != 0) {
            throw DomainException.invalid("campaign.match-amount-differs");
        }
        campaigns.match(lineId, contributionId, "MANUAL");
        campaigns.recordEvent(id, "LINE_MATCHED", staff.username(), line.reference());
        audit.record("campaign.line-matched", "campaign", id, Map.of("line", lineId, "contribution", contributionId));
    }

    public void unmatchLine(long id, long lineId, StaffMember staff) {
        locked(id, staff);
        StatementLine line =
                campaigns.line(id, lineId).orElseThrow(() -> DomainException.notFound("campaign.line-unknown"));
        if (line.contributionId() == null) {
            throw DomainException.conflict("campaign.line-not-matched");
        }
        campaigns.unmatch(lineId);
        campaigns.recordEvent(id, "LINE_UNMATCHED", staff.username(), line.reference());
        audit.record(
                "campaign.line-unmatched",
                "campaign",
                id,
                Map.of("line", lineId, "contribution", line.contributionId()));
    }

    /** A credit the bank received that nobody recorded: taken in as an anonymous bank contribution, matched. */
    public long recordLine(long id, long lineId, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        campaign.requireMoney();
        StatementLine line =
                campaigns.line(id, lineId).orElseThrow(() -> DomainException.notFound("campaign.line-unknown"));
        if (line.contributionId() != null) {
            throw DomainException.conflict("campaign.line-matched");
        }
        long contribution = campaigns.addContribution(
                id,
                ContributionKind.MONEY,
                ContributionChannel.BANK,
                null,
                true,
                null,
                line.amount(),
                null,
                null,
                null,
                line.bookedOn(),
                line.reference(),
                null,
                staff.username());
        campaigns.match(lineId, contribution, "MANUAL");
        campaigns.recordEvent(
                id,
                "LINE_RECORDED",
                staff.username(),
                line.reference() + " · " + ContributionAmounts.format(line.amount()));
        audit.record(
                "campaign.line-recorded",
                "campaign",
                id,
                Map.of(
                        "line",
                        lineId,
                        "contribution",
                        contribution,
                        "amount",
                        line.amount().toPlainString()));
        return contribution;
    }

    // ---- publication --------------------------------------------------------------------------------

    public DutyClock publish(long id, RecordPublication command, LocalDate today, StaffMember staff) {
        Campaign campaign = locked(id, staff);
        PublicationDuty duty = command.duty();
        DutyClock clock = campaigns.duties(List.of(id)).stream()
                .filter(d -> d.duty() == duty)
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("campaign.duty-not-owed"));
        if (clock.doneOn() != null) {
            throw DomainException.conflict("campaign.duty-done");
        }
        if (command.publishedOn().isAfter(today) || command.publishedOn().isBefore(campaign.launchedOn())) {
            throw DomainException.invalid("campaign.published-on-range");
        }
        LedgerTotals totals = campaign.kind().handlesMoney() ? campaigns.totals(id) : null;
        @Nullable BigDecimal published = null;
        if (duty == PublicationDuty.RECEIVED_TOTALS) {
            if (!command.publishedOn().isAfter(campaign.receivingEnd())) {
                throw DomainException.invalid(
                        "campaign.totals-after-receiving", Campaign.shown(campaign.receivingEnd()));
            }
            published = Objects.requireNonNull(totals).moneyReceived();
        } else if (duty == PublicationDuty.DISTRIBUTED_TOTALS) {
            published = Objects.requireNonNull(totals).moneyDistributed();
        }
        campaigns.dutyDone(id, duty, command.publishedOn(), staff.username(), command.channel(), published);
        campaigns.recordEvent(
                id,
                "PUBLISHED_" + duty.name(),
                staff.username(),
                command.publishedOn() + " · " + command.channel()
                        + (published == null ? "" : " · " + ContributionAmounts.format(published)));
        Map<String, Object> details = new HashMap<>();
        details.put("duty", duty.name());
        details.put("on", command.publishedOn().toString());
        details.put("due", String.valueOf(clock.dueOn()));
        audit.record("campaign.published", "campaign", id, details);
        return campaigns.duties(List.of(id)).stream()
                .filter(d -> d.duty() == duty)
                .findFirst()
                .orElseThrow();
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Campaign campaign(long id, StaffMember staff) {
        Campaign campaign = known(id);
        CampaignPolicy.requireVisible(staff, campaign.bodyId());
        return campaign;
    }

    /** A campaign whose call was published, for the public. */
    @Transactional(readOnly = true)
    public Campaign published(long id) {
        return campaigns
                .find(id)
                .filter(c -> campaigns.callPublished(c.id()))
                .orElseThrow(() -> DomainException.notFound("campaign.unknown"));
    }

    @Transactional(readOnly = true)
    public List<Campaign> publishedIn(@Nullable String provinceCode, @Nullable String communeCode) {
        return campaigns.published(provinceCode, communeCode, 300);
    }

    @Transactional(readOnly = true)
    public List<Campaign> list(StaffMember staff) {
        List<Long> bodies = organiserBodies(staff).stream().map(Body::id).toList();
        return bodies.isEmpty() ? List.of() : campaigns.of(bodies, 500);
    }

    /** The bodies in the staff member's scope. */
    @Transactional(readOnly = true)
    public List<Body> organiserBodies(StaffMember staff) {
        return organization.bodies().stream().filter(b -> staff.inScope(b.id())).toList();
    }

    @Transactional(readOnly = true)
    public LedgerTotals totals(long id) {
        return campaigns.totals(id);
    }

    @Transactional(readOnly = true)
    public List<Contribution> contributions(long id) {
        return campaigns.contributions(id);
    }

    @Transactional(readOnly = true)
    public List<Beneficiary> beneficiaries(long id) {
        return campaigns.beneficiaries(id);
    }

    @Transactional(readOnly = true)
    public List<Distribution> distributions(long id) {
        return campaigns.distributions(id);
    }

    @Transactional(readOnly = true)
    public List<Campaigns.Receipt> receipts(long id) {
        return campaigns.receipts(id);
    }

    @Transactional(readOnly = true)
    public List<StatementLine> lines(long id, boolean unmatchedOnly) {
        return campaigns.lines(id, unmatchedOnly);
    }

    @Transactional(readOnly = true)
    public List<DutyClock> duties(List<Long> ids) {
        return ids.isEmpty() ? List.of() : campaigns.duties(ids);
    }

    @Transactional(readOnly = true)
    public List<CampaignEvent> timeline(long id) {
        return campaigns.timeline(id);
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(long id) {
        return campaigns.find(id);
    }

    @Transactional(readOnly = true)
    public List<Campaign> transferTargets(Campaign source) {
        return campaigns.of(List.copyOf(ancestors(source.bodyId())), 100).stream()
                .filter(c -> c.kind().handlesMoney())
                .toList();
    }

    private Set<Long> ancestors(long bodyId) {
        Set<Long> above = new HashSet<>();
        @Nullable Long current = organization.body(bodyId).map(Body::superiorId).orElse(null);
        while (current != null && above.add(current)) {
            current = organization.body(current).map(Body::superiorId).orElse(null);
        }
        return above;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Campaign known(long id) {
        return campaigns.find(id).orElseThrow(() -> DomainException.notFound("campaign.unknown"));
    }

    private Campaign locked(long id, StaffMember staff) {
        Campaign campaign = campaigns.lock(id).orElseThrow(() -> DomainException.notFound("campaign.unknown"));
        policy.requireWork(staff, campaign.bodyId());
        return campaign;
    }

    private static BigDecimal positiveAmount(@Nullable String text) {
        BigDecimal amount = amount(text, "campaign.amount-malformed");
        if (amount.signum() <= 0) {
            throw DomainException.invalid("campaign.amount-positive");
        }
        return amount;
    }

    private static BigDecimal amount(@Nullable String text, String code) {
        BigDecimal amount = ContributionAmounts.vnd(text);
        if (amount == null) {
            throw DomainException.invalid(code, text == null ? "" : text);
        }
        return amount;
    }

    private static BigDecimal positiveQuantity(@Nullable String text) {
        BigDecimal quantity = ContributionAmounts.quantity(text);
        if (quantity == null || quantity.signum() <= 0) {
            throw DomainException.invalid("campaign.quantity-malformed", text == null ? "" : text);
        }
        return quantity;
    }

    private static String requireText(@Nullable String text, String code) {
        String value = blankToNull(text);
        if (value == null) {
            throw DomainException.invalid(code);
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(
            @Nullable BigDecimal amount, @Nullable BigDecimal quantity, @Nullable String unit, @Nullable String item) {
        if (amount != null) {
            return ContributionAmounts.format(amount);
        }
        return (quantity == null ? "" : quantity.stripTrailingZeros().toPlainString()) + " " + unit + " " + item;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
