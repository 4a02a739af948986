package vn.danvan.programme.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.CampaignKind;
import vn.danvan.programme.CampaignLedger;
import vn.danvan.programme.ContributionChannel;
import vn.danvan.programme.ContributionKind;
import vn.danvan.programme.PublicationDuty;
import vn.danvan.programme.domain.BankStatementFile;
import vn.danvan.programme.domain.BankStatementFormat;
import vn.danvan.programme.domain.Campaign;
import vn.danvan.programme.domain.DutyClock;
import vn.danvan.programme.web.CampaignForms.BeneficiaryForm;
import vn.danvan.programme.web.CampaignForms.CampaignForm;
import vn.danvan.programme.web.CampaignForms.ContributionForm;
import vn.danvan.programme.web.CampaignForms.DistributionForm;
import vn.danvan.programme.web.CampaignForms.ExtensionForm;
import vn.danvan.programme.web.CampaignForms.PublicationForm;
import vn.danvan.programme.web.CampaignForms.ResultsForm;
import vn.danvan.programme.web.CampaignForms.TransferForm;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages: the campaigns in scope with every overdue publication duty, a new campaign, and a campaign's page
 * where contributions, beneficiaries, distributions, transfers, bank statements and publications are recorded.
 * A refused action comes back to the campaign's page with its message and writes nothing.
 */
@Controller
@RenderedPages
class CampaignPages {

    private final CampaignLedger ledger;
    private final Validator validator;
    private final Clock clock;

    CampaignPages(CampaignLedger ledger, Validator validator, Clock clock) {
        this.ledger = ledger;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({
        "campaignForm",
        "contributionForm",
        "beneficiaryForm",
        "distributionForm",
        "transferForm",
        "publicationForm",
        "resultsForm",
        "extensionForm"
    })
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("contributionKinds", ContributionKind.values());
        model.addAttribute("channels", List.of(ContributionChannel.BANK, ContributionChannel.CASH));
        model.addAttribute("duties", PublicationDuty.values());
        model.addAttribute("formats", BankStatementFormat.values());
    }

    @GetMapping("/programme/campaigns")
    String list(StaffMember staff, Model model) {
        List<Campaign> campaigns = ledger.list(staff);
        List<DutyClock> duties =
                ledger.duties(campaigns.stream().map(Campaign::id).toList());
        LocalDate today = today();
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("titles", campaigns.stream().collect(Collectors.toMap(Campaign::id, Campaign::title)));
        model.addAttribute(
                "overdue",
                duties.stream()
                        .filter(d -> d.overdue(today))
                        .sorted(Comparator.comparing(DutyClock::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
        model.addAttribute(
                "upcoming",
                duties.stream()
                        .filter(d -> d.state(today) == DutyClock.State.PENDING)
                        .sorted(Comparator.comparing(DutyClock::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                        .limit(20)
                        .toList());
        model.addAttribute("bodyNames", names(ledger.organiserBodies(staff)));
        return "programme/campaigns";
    }

    @GetMapping("/programme/campaigns/new")
    String newCampaign(StaffMember staff, Model model) {
        CampaignForm form = new CampaignForm();
        form.bodyId = staff.bodyId();
        form.launchedOn = today();
        form.receivingFrom = today();
        Forms.add(model, "campaignForm", form);
        return formPage(staff, model);
    }

    @PostMapping("/programme/campaigns")
    String create(
            @ModelAttribute("campaignForm") CampaignForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> ledger.create(command, today(), staff),
                redirect,
                "campaign.notice.created",
                id -> "/programme/campaigns/" + id,
                () -> formPage(staff, model));
    }

    private String formPage(StaffMember staff, Model model) {
        model.addAttribute("bodies", ledger.organiserBodies(staff));
        return "programme/campaigns-form";
    }

    @GetMapping("/programme/campaigns/{id}")
    String campaign(@PathVariable long id, StaffMember staff, Model model) {
        Campaign campaign = ledger.campaign(id, staff);
        LocalDate today = today();
        model.addAttribute("campaign", campaign);
        model.addAttribute("stage", campaign.stage(today));
        model.addAttribute("totals", ledger.totals(id));
        model.addAttribute("clocks", ledger.duties(List.of(id)));
        model.addAttribute("contributions", ledger.contributions(id));
        model.addAttribute("beneficiaries", ledger.beneficiaries(id));
        model.addAttribute("distributions", ledger.distributions(id));
        model.addAttribute("receipts", ledger.receipts(id));
        model.addAttribute("lines", ledger.lines(id, false));
        model.addAttribute("timeline", ledger.timeline(id));
        model.addAttribute("targets", campaign.kind().handlesMoney() ? ledger.transferTargets(campaign) : List.of());
        model.addAttribute("bodyNames", names(ledger.organiserBodies(staff)));
        return "programme/campaigns-item";
    }

    @PostMapping("/programme/campaigns/{id}/contributions")
    String contribute(
            @PathVariable long id,
            @ModelAttribute("contributionForm") ContributionForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.contribute(id, c, staff), "contribution");
    }

    @PostMapping("/programme/campaigns/{id}/beneficiaries")
    String addBeneficiary(
            @PathVariable long id,
            @ModelAttribute("beneficiaryForm") BeneficiaryForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.addBeneficiary(id, c, staff), "beneficiary");
    }

    @PostMapping("/programme/campaigns/{id}/distributions")
    String distribute(
            @PathVariable long id,
            @ModelAttribute("distributionForm") DistributionForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.distribute(id, c, staff), "distribution");
    }

    @PostMapping("/programme/campaigns/{id}/transfers")
    String transfer(
            @PathVariable long id,
            @ModelAttribute("transferForm") TransferForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.transferUp(id, c, staff), "transfer");
    }

    @PostMapping("/programme/campaigns/{id}/publications")
    String publish(
            @PathVariable long id,
            @ModelAttribute("publicationForm") PublicationForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.publish(id, c, today(), staff), "published");
    }

    @PostMapping("/programme/campaigns/{id}/results")
    String results(
            @PathVariable long id,
            @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.recordResults(id, c, staff), "results");
    }

    @PostMapping("/programme/campaigns/{id}/extension")
    String extend(
            @PathVariable long id,
            @ModelAttribute("extensionForm") ExtensionForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, form::toCommand, c -> ledger.extend(id, c, staff), "extended");
    }

    @PostMapping("/programme/campaigns/{id}/statements")
    String importStatement(
            @PathVariable long id,
            @RequestParam(value = "bank", required = false) String bank,
            @RequestParam(value = "file", required = false) MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        return simple(id, redirect, "imported", "#statements", () -> {
            BankStatementFormat format = parseFormat(bank);
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("campaign.statement-empty");
            }
            if (file.getSize() > BankStatementFile.MAX_BYTES) {
                throw DomainException.invalid("campaign.statement-too-large");
            }
            try {
                redirect.addFlashAttribute(
                        "imported",
                        ledger.importStatement(id, format, file.getOriginalFilename(), file.getBytes(), staff));
            } catch (IOException unreadable) {
                throw DomainException.invalid("campaign.statement-unreadable");
            }
        });
    }

    private static BankStatementFormat parseFormat(String bank) {
        try {
            return BankStatementFormat.valueOf(bank == null ? "" : bank);
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("campaign.statement-bank-unknown");
        }
    }

    @PostMapping("/programme/campaigns/{id}/lines/{line}/match")
    String match(
            @PathVariable long id,
            @PathVariable long line,
            @RequestParam(value = "contributionId", required = false) Long contributionId,
            StaffMember staff,
            RedirectAttributes redirect) {
        return simple(id, redirect, "matched", "#statements", () -> {
            if (contributionId == null) {
                throw DomainException.invalid("campaign.contribution-unknown");
            }
            ledger.matchLine(id, line, contributionId, staff);
        });
    }

    @PostMapping("/programme/campaigns/{id}/lines/{line}/unmatch")
    String unmatch(@PathVariable long id, @PathVariable long line, StaffMember staff, RedirectAttributes redirect) {
        return simple(id, redirect, "unmatched", "#statements", () -> ledger.unmatchLine(id, line, staff));
    }

    @PostMapping("/programme/campaigns/{id}/lines/{line}/record")
    String recordLine(@PathVariable long id, @PathVariable long line, StaffMember staff, RedirectAttributes redirect) {
        return simple(id, redirect, "line-recorded", "#statements", () -> ledger.recordLine(id, line, staff));
    }

    @PostMapping("/programme/campaigns/{id}/distributions/{distribution}/receipts")
    String attach(
            @PathVariable long id,
            @PathVariable long distribution,
            @RequestParam(value = "file", required = false) MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        return simple(id, redirect, "receipt", "#distributions", () -> {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("campaign.receipt-empty");
            }
            try (InputStream in = file.getInputStream()) {
                ledger.attachReceipt(id, distribution, file.getOriginalFilename(), in, staff);
            } catch (IOException unreadable) {
                throw DomainException.invalid("campaign.receipt-empty");
            }
        });
    }

    @GetMapping("/programme/campaigns/{id}/receipts/{receipt}")
    ResponseEntity<Resource> receipt(@PathVariable long id, @PathVariable long receipt, StaffMember staff) {
        Path path = ledger.receiptPath(id, receipt, staff);
        String name = ledger.receipts(id).stream()
                .filter(r -> r.id() == receipt)
                .map(r -> r.fileName())
                .findFirst()
                .orElse("bien-nhan");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(path));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private <C> String act(
            long id,
            BindingResult binding,
            RedirectAttributes redirect,
            Supplier<C> command,
            Function<C, ?> action,
            String done) {
        String anchor = "#" + done;
        if (binding.hasErrors()) {
            return refuseFields(
                    id, redirect, anchor, binding.getFieldErrors().stream().map(e -> e.getField()));
        }
        C built = command.get();
        Set<ConstraintViolation<C>> violations = validator.validate(built);
        if (!violations.isEmpty()) {
            return refuseFields(
                    id,
                    redirect,
                    anchor,
                    violations.stream().map(v -> v.getPropertyPath().toString()).sorted());
        }
        return simple(id, redirect, done, anchor, () -> action.apply(built));
    }

    /** A form that did not bind or validate: the message names its bad fields, and the page opens at the form. */
    private static String refuseFields(long id, RedirectAttributes redirect, String anchor, Stream<String> fields) {
        Forms.flashRefusal(
                redirect,
                DomainException.invalid(
                        "campaign.form-invalid", fields.distinct().collect(Collectors.joining(", "))));
        return "redirect:/programme/campaigns/" + id + anchor;
    }

    private String simple(long id, RedirectAttributes redirect, String done, String anchor, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "campaign.notice." + done);
        } catch (DomainException refused) {
            if (refused.status().value() == 404 && "campaign.unknown".equals(refused.code())) {
                throw refused;
            }
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/programme/campaigns/" + id + anchor;
    }

    private static Map<Long, String> names(List<Body> bodies) {
        return bodies.stream().collect(Collectors.toMap(Body::id, Body::name, (a, b) -> a));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
