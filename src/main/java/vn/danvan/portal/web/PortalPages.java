package vn.danvan.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.AnswerFilter;
import vn.danvan.petition.CitizenDesk.PublicCase;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CaseFeedback;
import vn.danvan.portal.CitizenSubmissions;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.portal.CitizenSubmissions.Upload;
import vn.danvan.portal.LookupLimits;
import vn.danvan.portal.ReceiptSecrets;
import vn.danvan.portal.domain.PortalSettings;
import vn.danvan.portal.persistence.KeptUploads;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** The public portal: submit, receipt, track, rate or reopen, published answers. No staff login. */
@Controller
@RenderedPages
class PortalPages {

    private final CitizenSubmissions submissions;
    private final CaseFeedback feedback;
    private final CitizenDesk petitions;
    private final PetitionQueries queries;
    private final OrganizationDirectory organization;
    private final PortalSettings settings;
    private final AuditTrail audit;
    private final LookupLimits lookups;
    private final MessageSource messages;
    private final Clock clock;
    private final KeptUploads kept;
    private final long keptMaxBytes;
    private final Duration keptFor;

    PortalPages(
            CitizenSubmissions submissions,
            CaseFeedback feedback,
            CitizenDesk petitions,
            PetitionQueries queries,
            OrganizationDirectory organization,
            PortalSettings settings,
            AuditTrail audit,
            LookupLimits lookups,
            MessageSource messages,
            Clock clock,
            KeptUploads kept,
            @Value("${danvan.portal.kept-upload.max-bytes:10485760}") long keptMaxBytes,
            @Value("${danvan.portal.kept-upload.time-to-live:PT1H}") Duration keptFor) {
        this.submissions = submissions;
        this.feedback = feedback;
        this.petitions = petitions;
        this.queries = queries;
        this.organization = organization;
        this.settings = settings;
        this.audit = audit;
        this.lookups = lookups;
        this.messages = messages;
        this.clock = clock;
        this.kept = kept;
        this.keptMaxBytes = keptMaxBytes;
        this.keptFor = keptFor;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("files");
    }

    @GetMapping("/portal")
    String home() {
        return "portal/home";
    }

    @GetMapping("/portal/privacy")
    String privacy() {
        return "portal/privacy";
    }

    @GetMapping("/portal/submit")
    String submitForm(Model model) {
        if (model.getAttribute("returnedForm") instanceof SubmissionForm returned) {
            // Back after an error (post, redirect, get): the form as sent, its messages, the files kept. Flashed
            // under another name than "form", so that a flash left unread never pre-fills a later post's binding.
            model.addAttribute("form", returned);
            var binding = new DirectFieldBindingResult(returned, "form");
            if (model.getAttribute("formErrors") instanceof FormErrors errors) {
                errors.applyTo(binding);
            }
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
            return formPage(model, returned.provinceCode, returned);
        }
        SubmissionForm form = new SubmissionForm();
        Forms.add(model, "form", form);
        return formPage(model, null, form);
    }

    /** The commune picker's options for a province (htmx). */
    @GetMapping("/portal/communes")
    String communes(@RequestParam(required = false) @Nullable String provinceCode, Model model) {
        model.addAttribute(
                "communes",
                provinceCode == null || provinceCode.isBlank() ? List.of() : organization.communesOf(provinceCode));
        return "portal/submit :: communeOptions";
    }

    @PostMapping("/portal/submit")
    String submit(
            @ModelAttribute("form") SubmissionForm form,
            BindingResult binding,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            @Nullable Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (form.honeypotFilled()) {
            audit.recordRefusal("portal.honeypot", "address", request.getRemoteAddr(), Map.of());
            binding.reject("portal.form.rejected");
            response.setStatus(400);
            return formPage(model, form.provinceCode, form);
        }
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        form.check(binding);
        if (binding.hasErrors()) {
            return again(form, binding, chosen, redirect);
        }
        List<Upload> uploads = new java.util.ArrayList<>();
        if (form.keptFiles != null && !form.keptFiles.isBlank() && !form.dropKept) {
            kept.find(form.keptFiles, clock.instant()).forEach(file -> uploads.add(upload(file)));
        }
        chosen.stream().map(PortalPages::upload).forEach(uploads::add);
        try {
            var receipt = submissions.submit(
                    form.toSubmission(),
                    uploads,
                    new Origin(
                            "portal",
                            form.formToken,
                            request.getRemoteAddr(),
                            citizenId(authentication),
                            locale,
                            settings.consentVersion()));
            if (form.keptFiles != null && !form.keptFiles.isBlank()) {
                kept.forget(form.keptFiles);
            }
            if (receipt.secret() != null) {
                // Shown once, on the receipt that follows: the secret is not kept in clear anywhere.
                redirect.addFlashAttribute("secret", ReceiptSecrets.grouped(receipt.secret()));
            }
            return "redirect:/portal/receipt/" + receipt.trackingCode();
        } catch (DomainException refused) {
            binding.reject(refused.code(), refused.arguments(), refused.code());
            if (refused.status().value() == 429) {
                // Over a limit: answered here with its status, nothing kept for a sender who must wait anyway.
                response.setStatus(refused.status().value());
                return formPage(model, form.provinceCode, form);
            }
            return again(form, binding, chosen, redirect);
        }
    }

    /**
     * A form with errors goes back to the citizen by redirect (so the address bar shows the plain form address,
     * never the CSRF token the multipart form's action carries), with its values, its messages and the files chosen,
     * kept server-side under a token so that they need not be chosen again.
     */
    private String again(
            SubmissionForm form, BindingResult binding, List<MultipartFile> chosen, RedirectAttributes redirect) {
        String previous = form.keptFiles == null || form.keptFiles.isBlank() ? null : form.keptFiles;
        if (form.dropKept && previous != null) {
            kept.forget(previous);
            previous = null;
        }
        form.dropKept = false;
        List<KeptUploads.Kept> keep = new java.util.ArrayList<>();
        if (!chosen.isEmpty()) {
            if (previous != null) {
                keep.addAll(kept.find(previous, clock.instant()));
            }
            for (MultipartFile file : chosen) {
                if (keep.size() >= settings.maxFiles() || file.getSize() > keptMaxBytes) {
                    continue;
                }
                try {
                    keep.add(new KeptUploads.Kept(
                            file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename(), file.getBytes()));
                } catch (IOException unreadable) {
                    // A file that cannot be read is simply not kept; the form says to choose it again.
                }
            }
            if (previous != null) {
                kept.forget(previous);
            }
            form.keptFiles = keep.isEmpty()
                    ? null
                    : kept.keep(keep, clock.instant(), clock.instant().plus(keptFor));
        } else {
            form.keptFiles = previous;
        }
        redirect.addFlashAttribute("returnedForm", form);
        redirect.addFlashAttribute("formErrors", FormErrors.of(binding));
        return "redirect:/portal/submit";
    }

    private static Upload upload(KeptUploads.Kept file) {
        return new Upload() {
            @Override
            public String name() {
                return file.name();
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(file.content());
            }
        };
    }

    private String formPage(Model model, @Nullable String provinceCode, SubmissionForm form) {
        model.addAttribute(
                "keptNames",
                form.keptFiles == null || form.keptFiles.isBlank()
                        ? List.of()
                        : kept.names(form.keptFiles, clock.instant()));
        model.addAttribute("types", PetitionType.values());
        model.addAttribute("fields", queries.fields());
        model.addAttribute("provinces", organization.provinces());
        model.addAttribute(
                "communes",
                provinceCode == null || provinceCode.isBlank() ? List.of() : organization.communesOf(provinceCode));
        model.addAttribute("maxFiles", settings.maxFiles());
        return "portal/submit";
    }

    @GetMapping("/portal/receipt/{code}")
    String receipt(@PathVariable String code, Model model) {
        if (!model.containsAttribute("secret")) {
            // Any receipt but the one just issued to its sender is a lookup of a code like the tracking page's.
            lookups.check(1);
        }
        PublicCase found =
                petitions.track(code).orElseThrow(() -> DomainException.notFound("portal.case-not-found", code));
        model.addAttribute("case", found);
        model.addAttribute("body", bodyName(found.bodyId()));
        model.addAttribute(
                "commune",
                found.communeCode() == null
                        ? null
                        : organization
                                .commune(found.communeCode())
                                .map(AdministrativeUnit::fullName)
                                .orElse(null));
        return "portal/receipt";
    }

    @GetMapping("/portal/track")
    String track(
            @RequestParam(required = false) @Nullable String code,
            Model model,
            HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (code == null || code.isBlank()) {
            return "portal/track";
        }
        lookups.check(1);
        model.addAttribute("code", code.strip());
        Optional<PublicCase> found = petitions.track(code);
        if (found.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("notFound", true);
            return "portal/track";
        }
        PublicCase shown = found.get();
        model.addAttribute("case", shown);
        model.addAttribute("body", bodyName(shown.bodyId()));
        model.addAttribute("rating", feedback.rating(shown.id()).orElse(null));
        model.addAttribute("reopenUntil", feedback.reopenUntil(shown).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("author", feedback.isAuthor(shown, citizenId(authentication)));
        model.addAttribute("hasSecret", feedback.hasSecret(shown));
        return "portal/track";
    }

    /**
     * Rating and reopening need proof of authorship: the signed-in account that sent the case, or the receipt
     * secret. A refusal shows the tracking page again with the reason beside the form.
     */
    @PostMapping("/portal/track/{code}/rating")
    String rate(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int score,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String secret,
            @Nullable Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            feedback.rate(code, score, comment, new CaseFeedback.Proof(citizenId(authentication), secret));
        } catch (DomainException refused) {
            return refusedOnTrackPage(code, "rating", refused, model, response, authentication);
        }
        redirect.addFlashAttribute("notice", "portal.notice.rated");
        return "redirect:/portal/track?code=" + code;
    }

    @PostMapping("/portal/track/{code}/reopen")
    String reopen(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String secret,
            @Nullable Authentication authentication,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PetitionReference reopened;
        try {
            reopened = feedback.reopen(
                    code, reason == null ? "" : reason, new CaseFeedback.Proof(citizenId(authentication), secret));
        } catch (DomainException refused) {
            return refusedOnTrackPage(code, "reopen", refused, model, response, authentication);
        }
        redirect.addFlashAttribute("notice", "portal.notice.reopened");
        return "redirect:/portal/receipt/" + reopened.trackingCode();
    }

    private String refusedOnTrackPage(
            String code,
            String form,
            DomainException refused,
            Model model,
            HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (petitions.track(code).isEmpty()) {
            // A code that does not exist costs a lookup here too, or rating would be a free way to test codes.
            lookups.check(1);
            throw refused;
        }
        String page = track(code, model, response, authentication);
        response.setStatus(refused.status().value());
        model.addAttribute("refusedForm", form);
        model.addAttribute(
                "refusal",
                messages.getMessage(
                        refused.code(), refused.arguments(), refused.code(), LocaleContextHolder.getLocale()));
        return page;
    }

    @GetMapping("/portal/answers")
    String answers(
            @RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable String communeCode,
            @RequestParam(required = false) @Nullable String fieldCode,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new AnswerFilter(provinceCode, communeCode, fieldCode, q, page, 20);
        model.addAttribute("filter", filter);
        model.addAttribute("answers", petitions.answers(filter));
        model.addAttribute("fields", queries.fields());
        model.addAttribute("provinces", organization.provinces());
        model.addAttribute(
                "communes",
                provinceCode == null || provinceCode.isBlank() ? List.of() : organization.communesOf(provinceCode));
        model.addAttribute("bodyNames", organization.bodyNames());
        return "portal/answers";
    }

    private String bodyName(long bodyId) {
        return organization.body(bodyId).map(Body::name).orElse("");
    }

    static @Nullable Long citizenId(@Nullable Authentication authentication) {
        return PortalSecurityConfiguration.citizenId(authentication).orElse(null);
    }

    private static Upload upload(MultipartFile file) {
        return new Upload() {
            @Override
            public String name() {
                return file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
