package vn.danvan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.CampaignCommands.AddBeneficiary;
import vn.danvan.programme.CampaignCommands.CreateCampaign;
import vn.danvan.programme.CampaignCommands.ExtendReceiving;
import vn.danvan.programme.CampaignCommands.MatchLine;
import vn.danvan.programme.CampaignCommands.RecordContribution;
import vn.danvan.programme.CampaignCommands.RecordDistribution;
import vn.danvan.programme.CampaignCommands.RecordPublication;
import vn.danvan.programme.CampaignCommands.RecordResults;
import vn.danvan.programme.CampaignCommands.TransferUp;
import vn.danvan.programme.CampaignLedger;
import vn.danvan.programme.domain.BankStatementFile;
import vn.danvan.programme.domain.BankStatementFormat;
import vn.danvan.programme.domain.Beneficiary;
import vn.danvan.programme.domain.Campaign;
import vn.danvan.programme.domain.Contribution;
import vn.danvan.programme.domain.Distribution;
import vn.danvan.programme.domain.DutyClock;
import vn.danvan.programme.domain.LedgerTotals;
import vn.danvan.programme.domain.StatementLine;
import vn.danvan.shared.DomainException;

/** Campaigns of mobilisation and relief (NĐ 93/2021/NĐ-CP) and movements, for staff of the organising body. */
@RestController
@Tag(name = "Campaigns", description = "Cuộc vận động, cứu trợ (NĐ 93/2021/NĐ-CP), phong trào thi đua, tổ cộng đồng")
public class CampaignApi {

    /** A campaign with its totals and its publication clocks. */
    public record CampaignView(
            Campaign campaign,
            Campaign.Stage stage,
            LedgerTotals totals,
            List<DutyClock> duties,
            List<String> overdue) {}

    private final CampaignLedger ledger;
    private final Clock clock;

    public CampaignApi(CampaignLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "The campaigns of the bodies in the caller's scope, latest launched first")
    @GetMapping(path = "/api/v1/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Campaign> list(StaffMember staff) {
        return ledger.list(staff);
    }

    @Operation(summary = "Launch a relief campaign (account and periods) or a movement or task force (goals)")
    @PostMapping(path = "/api/v1/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CampaignView> create(@Valid @RequestBody CreateCampaign command, StaffMember staff) {
        long id = ledger.create(command, today(), staff);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(view(id, staff));
    }

    @Operation(summary = "A campaign with its totals received and distributed and its publication clocks")
    @GetMapping(path = "/api/v1/campaigns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CampaignView campaign(@PathVariable long id, StaffMember staff) {
        return view(id, staff);
    }

    @Operation(summary = "Extend the receiving period (Ban Vận động cấp tỉnh or above, NĐ 93/2021 Đ.8)")
    @PostMapping(path = "/api/v1/campaigns/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CampaignView extend(@PathVariable long id, @Valid @RequestBody ExtendReceiving command, StaffMember staff) {
        ledger.extend(id, command, staff);
        return view(id, staff);
    }

    @Operation(summary = "What a movement or task force achieved: participants and results")
    @PostMapping(path = "/api/v1/campaigns/{id}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CampaignView results(@PathVariable long id, @Valid @RequestBody RecordResults command, StaffMember staff) {
        ledger.recordResults(id, command, staff);
        return view(id, staff);
    }

    @Operation(summary = "The contributions, money and in kind; donors' contacts are never returned")
    @GetMapping(path = "/api/v1/campaigns/{id}/contributions", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Contribution> contributions(@PathVariable long id, StaffMember staff) {
        ledger.campaign(id, staff);
        return ledger.contributions(id);
    }

    @Operation(summary = "Record a contribution: money (VND, e.g. \"1.234.567\") or goods (item, unit, quantity)")
    @PostMapping(path = "/api/v1/campaigns/{id}/contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CampaignView> contribute(
            @PathVariable long id, @Valid @RequestBody RecordContribution command, StaffMember staff) {
        long contribution = ledger.contribute(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/contributions/" + contribution))
                .body(view(id, staff));
    }

    @Operation(summary = "The beneficiaries with their criteria and planned amounts")
    @GetMapping(path = "/api/v1/campaigns/{id}/beneficiaries", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Beneficiary> beneficiaries(@PathVariable long id, StaffMember staff) {
        ledger.campaign(id, staff);
        return ledger.beneficiaries(id);
    }

    @Operation(summary = "Add a beneficiary with the criteria met and the amount planned")
    @PostMapping(path = "/api/v1/campaigns/{id}/beneficiaries", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<Beneficiary>> addBeneficiary(
            @PathVariable long id, @Valid @RequestBody AddBeneficiary command, StaffMember staff) {
        ledger.addBeneficiary(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/beneficiaries"))
                .body(ledger.beneficiaries(id));
    }

    @Operation(summary = "The distributions, including money passed up to higher levels")
    @GetMapping(path = "/api/v1/campaigns/{id}/distributions", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Distribution> distributions(@PathVariable long id, StaffMember staff) {
        ledger.campaign(id, staff);
        return ledger.distributions(id);
    }

    @Operation(summary = "Give out money or goods; refused (409) beyond what remains")
    @PostMapping(path = "/api/v1/campaigns/{id}/distributions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CampaignView> distribute(
            @PathVariable long id, @Valid @RequestBody RecordDistribution command, StaffMember staff) {
        long distribution = ledger.distribute(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/distributions/" + distribution))
                .body(view(id, staff));
    }

    @Operation(summary = "Pass money up to a higher level's campaign (NĐ 93/2021 Đ.9), recorded on both sides")
    @PostMapping(path = "/api/v1/campaigns/{id}/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CampaignView> transfer(
            @PathVariable long id, @Valid @RequestBody TransferUp command, StaffMember staff) {
        ledger.transferUp(id, command, staff);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/distributions"))
                .body(view(id, staff));
    }

    @Operation(summary = "Import a bank statement (CSV) of the campaign's account; a malformed line writes nothing")
    @PostMapping(path = "/api/v1/campaigns/{id}/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public CampaignLedger.ImportResult importStatement(
            @PathVariable long id,
            @RequestParam("bank") BankStatementFormat bank,
            @RequestParam("file") MultipartFile file,
            StaffMember staff) {
        if (file.getSize() > BankStatementFile.MAX_BYTES) {
            throw DomainException.invalid("campaign.statement-too-large");
        }
        try {
            return ledger.importStatement(id, bank, file.getOriginalFilename(), file.getBytes(), staff);
        } catch (IOException unreadable) {
            throw DomainException.invalid("campaign.statement-unreadable");
        }
    }

    @Operation(summary = "The statement lines; only the unmatched ones with unmatched=true")
    @GetMapping(path = "/api/v1/campaigns/{id}/statement-lines", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<StatementLine> lines(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean unmatched, StaffMember staff) {
        ledger.campaign(id, staff);
        return ledger.lines(id, unmatched);
    }

    @Operation(summary = "Match a statement line by hand to a recorded contribution of the same amount")
    @PostMapping(
            path = "/api/v1/campaigns/{id}/statement-lines/{line}/match",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<StatementLine> match(
            @PathVariable long id, @PathVariable long line, @Valid @RequestBody MatchLine command, StaffMember staff) {
        ledger.matchLine(id, line, command.contributionId(), staff);
        return ledger.lines(id, false);
    }

    @Operation(summary = "Undo a line's match")
    @PostMapping(path = "/api/v1/campaigns/{id}/statement-lines/{line}/unmatch")
    public List<StatementLine> unmatch(@PathVariable long id, @PathVariable long line, StaffMember staff) {
        ledger.unmatchLine(id, line, staff);
        return ledger.lines(id, false);
    }

    @Operation(summary = "Take an unmatched line in as an anonymous bank contribution")
    @PostMapping(path = "/api/v1/campaigns/{id}/statement-lines/{line}/contribution")
    public ResponseEntity<CampaignView> recordLine(@PathVariable long id, @PathVariable long line, StaffMember staff) {
        ledger.recordLine(id, line, staff);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/contributions"))
                .body(view(id, staff));
    }

    @Operation(summary = "A publication duty done (NĐ 93/2021 Đ.14): the call, details, beneficiaries, totals")
    @PostMapping(path = "/api/v1/campaigns/{id}/publications", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CampaignView publish(
            @PathVariable long id, @Valid @RequestBody RecordPublication command, StaffMember staff) {
        ledger.publish(id, command, today(), staff);
        return view(id, staff);
    }

    private CampaignView view(long id, StaffMember staff) {
        Campaign campaign = ledger.campaign(id, staff);
        LocalDate today = today();
        List<DutyClock> duties = ledger.duties(List.of(id));
        return new CampaignView(
                campaign,
                campaign.stage(today),
                ledger.totals(id),
                duties,
                duties.stream()
                        .filter(d -> d.overdue(today))
                        .map(d -> d.duty().name())
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
