package vn.danvan.petition.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.CaseNotices;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ComplaintProceedings;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.ComplexityCriterion;
import vn.danvan.petition.ConcludePetition;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.DenunciationPaths;
import vn.danvan.petition.ExtendResolution;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.Instance;
import vn.danvan.petition.NoticeRecipient;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionQueries.DeadlineFilter;
import vn.danvan.petition.PetitionQueries.QueueFilter;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionResolution;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.PublicationForm;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.petition.Relation;
import vn.danvan.petition.SourceKind;
import vn.danvan.petition.SuspensionGround;
import vn.danvan.petition.TerminationGround;
import vn.danvan.petition.WithdrawalContinuation;
import vn.danvan.petition.WithdrawalForm;
import vn.danvan.petition.domain.PetitionConfidentiality;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.persistence.PetitionAttachments;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/** The staff pages: work queue, intake form and the case page with the actions its state allows. */
@Controller
@RenderedPages
@RequestMapping("/petitions")
class PetitionPages {

    private final PetitionIntake intake;
    private final PetitionProcessing processing;
    private final PetitionResolution resolution;
    private final PetitionQueries queries;
    private final PetitionConfidentiality confidentiality;
    private final PetitionAttachments attachments;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final PetitionPolicy policy;
    private final Clock clock;
    private final ComplaintProceedings complaints;
    private final DenunciationPaths denunciationPaths;
    private final CaseNotices notices;

    PetitionPages(
            PetitionIntake intake,
            PetitionProcessing processing,
            PetitionResolution resolution,
            PetitionQueries queries,
            PetitionConfidentiality confidentiality,
            PetitionAttachments attachments,
            OrganizationDirectory organization,
            Validator validator,
            PetitionPolicy policy,
            Clock clock,
            ComplaintProceedings complaints,
            DenunciationPaths denunciationPaths,
            CaseNotices notices) {
        this.denunciationPaths = denunciationPaths;
        this.notices = notices;
        this.intake = intake;
        this.processing = processing;
        this.resolution = resolution;
        this.queries = queries;
        this.confidentiality = confidentiality;
        this.attachments = attachments;
        this.organization = organization;
        this.validator = validator;
        this.policy = policy;
        this.clock = clock;
        this.complaints = complaints;
    }

    @InitBinder("form")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("types", PetitionType.values());
        model.addAttribute("states", PetitionState.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("petitionerKinds", PetitionerKind.values());
        model.addAttribute("instances", Instance.values());
        model.addAttribute(
                "relations",
                List.of(Relation.SECOND_INSTANCE_OF, Relation.RE_DENUNCIATION_OF, Relation.RESUBMISSION_OF));
        model.addAttribute("deadlineFilters", DeadlineFilter.values());
        model.addAttribute("fields", queries.fields());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("grounds", FilingGround.values());
    }

    // ---- queue --------------------------------------------------------------------------------------

    @GetMapping
    String queue(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable PetitionType type,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable PetitionState state,
            @RequestParam(required = false) @Nullable DeadlineFilter deadline,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            StaffMember staff,
            Model model) {
        var filter = new QueueFilter(body, type, field, state, deadline, commune, q, page, 20);
        model.addAttribute("filter", filter);
        // The commune picker opens on the province asked for, or the filtered commune's.
        String pickerProvince = province != null && province.matches("\\d{2}")
                ? province
                : commune == null || commune.isBlank()
                        ? null
                        : organization
                                .commune(commune.strip())
                                .map(c -> c.provinceCode())
                                .orElse(null);
        model.addAttribute("pickerProvince", pickerProvince);
        model.addAttribute("provinces", organization.provinces());
        model.addAttribute(
                "communeChoices", pickerProvince == null ? List.of() : organization.communeChoices(pickerProvince, ""));
        model.addAttribute("bodies", bodiesInScope(staff));
        model.addAttribute("result", queries.queue(filter, staff));
        model.addAttribute("bodyNames", organization.bodyNames());
        return htmx != null ? "petition/queue :: results" : "petition/queue";
    }

    // ---- intake -------------------------------------------------------------------------------------

    @GetMapping("/new")
    String showIntakeForm(@ModelAttribute("form") IntakeForm form, StaffMember staff, Model model) {
        if (form.bodyId == null) {
            form.bodyId = staff.bodyId();
        }
        if (form.provinceCode == null) {
            form.provinceCode =
                    organization.body(staff.bodyId()).map(Body::provinceCode).orElse(null);
        }
        return intakePage(staff, model);
    }

    @PostMapping
    String receive(
            @ModelAttribute("form") IntakeForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return intakePage(staff, model);
        }
        ReceivePetition command = form.toCommand();
        validator
                .validate(command)
                .forEach(violation -> binding.rejectValue(
                        formField(violation.getPropertyPath().toString()), "invalid", violation.getMessage()));
        if (binding.hasErrors()) {
            return intakePage(staff, model);
        }
        try {
            PetitionReference reference = intake.receive(command, staff, null);
            redirect.addFlashAttribute("notice", "received");
            redirect.addFlashAttribute("noticeArgument", reference.trackingCode());
            String severalPlaces = form.severalPlacesReason;
            if (command.type() == PetitionType.DENUNCIATION && severalPlaces != null && !severalPlaces.isBlank()) {
                // Recorded at intake, on the day of receipt: the 10 working days of Luật Tố cáo Đ.24(1).
                try {
                    denunciationPaths.verificationAtSeveralPlaces(
                            reference.id(),
                            new DenunciationPaths.SeveralPlaces(severalPlaces, command.receivedOn()),
                            staff);
                } catch (DomainException e) {
                    redirect.addFlashAttribute("error", e.code());
                    redirect.addFlashAttribute("errorArguments", e.arguments());
                }
            }
            return "redirect:/petitions/" + reference.id();
        } catch (DomainException e) {
            binding.reject(e.code(), e.arguments(), e.code());
            return intakePage(staff, model);
        }
    }

    /** The communes of a province, as options for the intake form's picker (htmx). */
    @GetMapping("/communes")
    String communeOptions(
            @RequestParam(name = "provinceCode", required = false) @Nullable String province, Model model) {
        model.addAttribute(
                "communes", province == null || province.isBlank() ? List.of() : organization.communesOf(province));
        model.addAttribute("selected", null);
        return "petition/intake :: communeOptions";
    }

    private String intakePage(StaffMember staff, Model model) {
        model.addAttribute("provinces", organization.provinces());
        IntakeForm form = (IntakeForm) model.getAttribute("form");
        if (form != null && form.communeCode != null && !form.communeCode.isBlank() && form.provinceCode == null) {
            form.provinceCode = organization
                    .commune(form.communeCode)
                    .map(c -> c.provinceCode())
                    .orElse(null);
        }
        model.addAttribute(
                "communes",
                form == null || form.provinceCode == null ? List.of() : organization.communesOf(form.provinceCode));
        model.addAttribute("bodies", bodiesInScope(staff));
        model.addAttribute("allBodies", organization.bodies());
        return "petition/intake";
    }

    private static String formField(String path) {
        return switch (path) {
            case "petitioner.fullName" -> "fullName";
            case "petitioner.email" -> "email";
            default -> path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        };
    }

    // ---- case page ----------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String petition(@PathVariable long id, StaffMember staff, Model model) {
        PetitionQueries.PetitionView petition = queries.petition(id, staff);
        model.addAttribute("petition", petition);
        model.addAttribute("timeline", queries.timeline(id, staff));
        model.addAttribute("attachments", attachments.list(id, staff));
        model.addAttribute("notices", notices.of(id, staff));
        model.addAttribute("escalations", notices.escalations(id, staff));
        model.addAttribute("mayReveal", confidentiality.mayReveal(id, staff));
        model.addAttribute("mayResolve", policy.may(staff, PetitionPolicy.Action.RESOLVE, petition.bodyId()));
        model.addAttribute("mayReceive", policy.may(staff, PetitionPolicy.Action.RECEIVE, petition.bodyId()));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute(
                "transferTargets",
                organization.bodies().stream()
                        .filter(b -> b.id() != petition.bodyId())
                        .toList());
        model.addAttribute(
                "commune",
                petition.communeCode() == null
                        ? null
                        : organization.commune(petition.communeCode()).orElse(null));
        model.addAttribute(
                "groundsForType",
                Arrays.stream(FilingGround.values())
                        .filter(g -> g.appliesTo(petition.type()))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        if (petition.type() == PetitionType.COMPLAINT || petition.type() == PetitionType.DENUNCIATION) {
            model.addAttribute("complaint", complaints.view(id, staff));
            model.addAttribute("complexityCriteria", ComplexityCriterion.values());
            model.addAttribute("complaintSubjects", ComplaintSubject.values());
            model.addAttribute("suspensionGrounds", SuspensionGround.values());
            model.addAttribute("terminationGrounds", TerminationGround.values());
        }
        model.addAttribute("legalPath", denunciationPaths.legalPath(id, staff));
        model.addAttribute("withdrawalForms", WithdrawalForm.values());
        model.addAttribute("withdrawalContinuations", WithdrawalContinuation.values());
        model.addAttribute("publicationForms", PublicationForm.values());
        model.addAttribute("noticeRecipients", NoticeRecipient.values());
        return "petition/petition";
    }

    // ---- the legal path of a denunciation and of regulation feedback ---------------------------------

    @PostMapping("/{id}/several-places")
    String severalPlaces(
            @PathVariable long id,
            @RequestParam(defaultValue = "") @Size(max = InputText.NOTE) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate recordedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "saved",
                () -> denunciationPaths.verificationAtSeveralPlaces(
                        id, new DenunciationPaths.SeveralPlaces(reason, recordedOn), staff));
    }

    @PostMapping("/{id}/accused")
    String accused(
            @PathVariable long id,
            @RequestParam(defaultValue = "") @Size(max = InputText.NAME) String name,
            @RequestParam(required = false) @Nullable @Size(max = 300) String position,
            @RequestParam(required = false) @Nullable @Size(max = 300) String body,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "saved",
                () -> denunciationPaths.recordAccused(
                        id, new DenunciationPaths.AccusedPerson(name, position, body), staff));
    }

    @PostMapping("/{id}/acceptance-notice")
    String acceptanceNotice(
            @PathVariable long id,
            @RequestParam NoticeRecipient recipient,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "saved",
                () -> denunciationPaths.recordAcceptanceNotice(
                        id, new DenunciationPaths.AcceptanceNotice(recipient, sentOn), staff));
    }

    @PostMapping("/{id}/denunciation-withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam WithdrawalForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate withdrawnOn,
            @RequestParam(defaultValue = "false") boolean partial,
            @RequestParam(required = false) @Nullable WithdrawalContinuation continuation,
            @RequestParam(required = false) @Nullable @Size(max = InputText.NOTE) String note,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "saved",
                () -> denunciationPaths.withdraw(
                        id, new DenunciationPaths.Withdrawal(form, withdrawnOn, partial, continuation, note), staff));
    }

    @PostMapping("/{id}/conclusion-publication")
    String publishConclusion(
            @PathVariable long id,
            @RequestParam(name = "forms", required = false) @Nullable List<PublicationForm> forms,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate publishedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "saved",
                () -> denunciationPaths.publishConclusion(
                        id,
                        new DenunciationPaths.Publication(
                                forms == null ? java.util.Set.of() : java.util.Set.copyOf(forms), publishedOn),
                        staff));
    }

    @PostMapping("/{id}/regulation-feedback")
    String regulationFeedback(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return act(id, redirect, "saved", () -> denunciationPaths.markRegulationFeedback(id, staff));
    }

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam Decision decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate decidedOn,
            @RequestParam(defaultValue = "false") boolean complex,
            @RequestParam(required = false) @Nullable FilingGround filingGround,
            @RequestParam(required = false) @Nullable Long targetBodyId,
            @RequestParam(required = false) @Nullable @Size(max = 300) String targetName,
            @RequestParam(required = false) @Nullable @Size(max = InputText.NOTE) String note,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "decided",
                () -> processing.decide(
                        id,
                        new DecidePetition(
                                decision,
                                decidedOn,
                                complex,
                                filingGround,
                                targetBodyId,
                                targetName == null || targetName.isBlank() ? null : targetName,
                                note),
                        staff));
    }

    @PostMapping("/{id}/verification")
    String verify(
            @PathVariable long id,
            @RequestParam @Size(max = InputText.LONGEST) String note,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, "saved", () -> resolution.recordVerification(id, note, staff));
    }

    @PostMapping("/{id}/extension")
    String extend(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate newDueDate,
            @RequestParam @Size(max = InputText.NOTE) String reason,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "extended", () -> resolution.extend(id, new ExtendResolution(newDueDate, reason), staff));
    }

    @PostMapping("/{id}/conclusion")
    String conclude(
            @PathVariable long id,
            @RequestParam Outcome outcome,
            @RequestParam @Size(max = InputText.LONGEST) String summary,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate resolvedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "resolved",
                () -> resolution.conclude(id, new ConcludePetition(outcome, summary, resolvedOn), staff));
    }

    @PostMapping("/{id}/closure")
    String close(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return act(id, redirect, "closed", () -> resolution.close(id, staff));
    }

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        return act(id, redirect, "attached", () -> {
            try {
                return attachments.attach(id, file.getOriginalFilename(), file.getInputStream(), staff);
            } catch (IOException e) {
                throw DomainException.invalid("petition.attachment-empty");
            }
        });
    }

    /**
     * Shows the identity in the response to this request only: it is never put in the session (which is
     * stored in the database) nor in a redirect, so it exists nowhere but on the permitted officer's screen.
     */
    @PostMapping("/{id}/identity")
    String reveal(@PathVariable long id, StaffMember staff, Model model) {
        try {
            model.addAttribute("identity", confidentiality.reveal(id, staff));
        } catch (DomainException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorArguments", e.arguments());
        }
        return petition(id, staff, model);
    }

    private String act(long id, RedirectAttributes redirect, String notice, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.code());
            redirect.addFlashAttribute("errorArguments", e.arguments());
        }
        return "redirect:/petitions/" + id;
    }

    private List<Body> bodiesInScope(StaffMember staff) {
        return organization.bodies().stream().filter(b -> staff.inScope(b.id())).toList();
    }
}
