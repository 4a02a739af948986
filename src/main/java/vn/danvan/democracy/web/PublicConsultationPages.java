package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.CommentAuthorKind;
import vn.danvan.democracy.CommentIntake;
import vn.danvan.democracy.ConsultationCommands;
import vn.danvan.democracy.ConsultationDrafting;
import vn.danvan.democracy.ConsultationSynthesis;
import vn.danvan.democracy.domain.Comment;
import vn.danvan.democracy.domain.CommentGroup;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationSection;
import vn.danvan.democracy.domain.ConsultationStatus;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.portal.CitizenPrincipal;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/**
 * The public pages of "dân tham gia ý kiến": the drafts open for comments, a commune's drafts, a draft by section with
 * its visible comments and, for a signed-in citizen, a comment form on each section; once out, the synthesis with each
 * group's answer and its PDF. No commenter's name is shown: a citizen's comment reads "Công dân", an organisation's
 * gives the organisation.
 */
@Controller
@RenderedPages
class PublicConsultationPages {

    private final ConsultationDrafting drafting;
    private final CommentIntake intake;
    private final ConsultationSynthesis synthesis;
    private final OrganizationDirectory organization;
    private final CommentLimits limits;
    private final jakarta.validation.Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    PublicConsultationPages(
            ConsultationDrafting drafting,
            CommentIntake intake,
            ConsultationSynthesis synthesis,
            OrganizationDirectory organization,
            CommentLimits limits,
            jakarta.validation.Validator validator,
            MessageSource messages,
            Clock clock) {
        this.drafting = drafting;
        this.intake = intake;
        this.synthesis = synthesis;
        this.organization = organization;
        this.limits = limits;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The drafts open today, everywhere, with their communes. */
    @GetMapping("/portal/consultations")
    String open(Model model) {
        List<Consultation> open = drafting.openOn(today());
        Map<String, String> communes = new LinkedHashMap<>();
        for (Consultation c : open) {
            communes.computeIfAbsent(
                    c.communeCode(),
                    code -> organization
                            .commune(code)
                            .map(AdministrativeUnit::fullName)
                            .orElse(code));
        }
        model.addAttribute("consultations", open);
        model.addAttribute("communeNames", communes);
        model.addAttribute("today", today());
        return "democracy/public-consultations";
    }

    @GetMapping("/portal/consultations/{commune:\\d{5}}")
    String commune(@PathVariable String commune, Model model) {
        AdministrativeUnit unit = unit(commune);
        model.addAttribute("commune", unit);
        model.addAttribute("consultations", drafting.publicIn(unit.code()));
        model.addAttribute("today", today());
        return "democracy/public-consultation-commune";
    }

    @GetMapping("/portal/consultations/{commune:\\d{5}}/{id:\\d+}")
    String consultation(
            @PathVariable String commune, @PathVariable long id, @Nullable Authentication authentication, Model model) {
        AdministrativeUnit unit = unit(commune);
        Consultation consultation = drafting.published(unit.code(), id);
        List<ConsultationSection> sections = drafting.sections(id);
        List<Comment> comments = drafting.visibleComments(id);
        Map<Long, List<Comment>> bySection = new LinkedHashMap<>();
        sections.forEach(s -> bySection.put(
                s.id(),
                comments.stream()
                        .filter(c -> Long.valueOf(s.id()).equals(c.sectionId()))
                        .toList()));
        model.addAttribute("commune", unit);
        model.addAttribute("consultation", consultation);
        model.addAttribute("status", consultation.statusOn(today()));
        model.addAttribute("open", consultation.takesCommentsOn(today()));
        model.addAttribute("sections", sections);
        model.addAttribute("bySection", bySection);
        model.addAttribute(
                "general", comments.stream().filter(c -> c.sectionId() == null).toList());
        model.addAttribute("commentCount", comments.size());
        model.addAttribute("documents", drafting.documents(id));
        model.addAttribute("signedIn", citizenId(authentication).isPresent());
        model.addAttribute("authorKinds", CommentAuthorKind.values());
        boolean synthesised = consultation.status() == ConsultationStatus.SYNTHESISED;
        model.addAttribute("synthesised", synthesised);
        if (synthesised) {
            List<CommentGroup> groups = drafting.groups(id);
            Map<Long, Long> sizes = new LinkedHashMap<>();
            groups.forEach(g -> sizes.put(
                    g.id(),
                    comments.stream()
                            .filter(c -> Long.valueOf(g.id()).equals(c.groupId()))
                            .count()));
            model.addAttribute("groups", groups);
            model.addAttribute("groupSizes", sizes);
            model.addAttribute("figures", synthesis.figures(id));
        }
        return "democracy/public-consultation";
    }

    @PostMapping("/portal/consultations/{commune:\\d{5}}/{id:\\d+}/comments")
    String comment(
            @PathVariable String commune,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long sectionId,
            @RequestParam(required = false) @Nullable CommentAuthorKind authorKind,
            @RequestParam(defaultValue = "") String organisationName,
            @RequestParam(defaultValue = "") String body,
            @Nullable Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AdministrativeUnit unit = unit(commune);
        Optional<Long> citizen = citizenId(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        String back = "/portal/consultations/" + unit.code() + "/" + id
                + (sectionId == null ? "#general" : "#section-" + sectionId);
        drafting.published(unit.code(), id);
        limits.check(request.getRemoteAddr(), citizen.get(), response);
        return ConsultationForms.run(redirect, back, "consultation.notice.commented", () -> {
            @SuppressWarnings("NullAway")
            var command = new ConsultationCommands.NewComment(
                    sectionId,
                    authorKind == null ? CommentAuthorKind.CITIZEN : authorKind,
                    ConsultationForms.blank(organisationName),
                    body.strip());
            return intake.comment(
                    unit.code(), id, ConsultationForms.checked(validator, messages, command), citizen.get(), today());
        });
    }

    @GetMapping("/portal/consultations/{commune:\\d{5}}/{id:\\d+}/synthesis.pdf")
    ResponseEntity<byte[]> synthesisPdf(@PathVariable String commune, @PathVariable long id) {
        return ConsultationPages.pdf(synthesis.publishedPdf(commune, id), "bao-cao-tong-hop-y-kien-" + id + ".pdf");
    }

    @GetMapping("/portal/consultations/{commune:\\d{5}}/{id:\\d+}/documents/{documentId}")
    ResponseEntity<Resource> document(
            @PathVariable String commune, @PathVariable long id, @PathVariable long documentId) {
        Path path = drafting.publicDocumentPath(commune, id, documentId);
        return ConsultationPages.download(drafting, id, documentId, path);
    }

    static Optional<Long> citizenId(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CitizenPrincipal citizen) {
            return Optional.of(citizen.citizenId());
        }
        return Optional.empty();
    }

    private AdministrativeUnit unit(String code) {
        return organization.commune(code).orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
