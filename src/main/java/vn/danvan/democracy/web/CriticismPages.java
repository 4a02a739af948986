package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.CommentVerdict;
import vn.danvan.democracy.ConsultationCommands;
import vn.danvan.democracy.ConsultationDrafting;
import vn.danvan.democracy.CriticismForm;
import vn.danvan.democracy.CriticismTracking;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.Criticism;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.RenderedPages;

/**
 * The Front's social criticism of drafts: the Front's staff see the drafts of the communes they cover and take one for
 * criticism, record the conference and the document of criticism; the drafting body's staff reply to each
 * recommendation; the Front follows each to done.
 */
@Controller
@RenderedPages
class CriticismPages {

    private final CriticismTracking criticisms;
    private final ConsultationDrafting drafting;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    CriticismPages(
            CriticismTracking criticisms,
            ConsultationDrafting drafting,
            OrganizationDirectory organization,
            Validator validator,
            MessageSource messages,
            Clock clock) {
        this.criticisms = criticisms;
        this.drafting = drafting;
        this.organization = organization;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/criticisms")
    String list(StaffMember staff, Model model) {
        List<Body> fronts = criticisms.frontsInScope(staff);
        List<Consultation> drafts = criticisms.draftsForFront(staff);
        model.addAttribute("fronts", fronts);
        model.addAttribute("drafts", drafts);
        model.addAttribute(
                "criticismsOf",
                drafts.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Consultation::id, c -> criticisms.ofConsultation(c.id()))));
        model.addAttribute("forms", CriticismForm.values());
        model.addAttribute("today", today());
        return "democracy/criticisms";
    }

    @PostMapping("/criticisms")
    String start(
            @RequestParam long consultationId,
            @RequestParam(required = false) @Nullable Long frontBodyId,
            @RequestParam(required = false) @Nullable CriticismForm form,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate draftReceivedOn,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate submissionOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        long[] created = {0};
        String back = ConsultationForms.run(redirect, "/criticisms", "criticism.notice.started", () -> {
            @SuppressWarnings("NullAway")
            var command = new ConsultationCommands.StartCriticism(frontBodyId, form, draftReceivedOn, submissionOn);
            created[0] = criticisms.start(
                    consultationId, ConsultationForms.checked(validator, messages, command), today(), staff);
            return created[0];
        });
        return created[0] == 0 ? back : "redirect:/criticisms/" + created[0];
    }

    @GetMapping("/criticisms/{id}")
    String criticism(@PathVariable long id, StaffMember staff, Model model) {
        Criticism criticism = criticisms.criticism(id, staff);
        Consultation consultation = criticisms.consultationOf(criticism);
        model.addAttribute("criticism", criticism);
        model.addAttribute("consultation", consultation);
        model.addAttribute("recommendations", criticisms.recommendations(id));
        model.addAttribute("timeline", criticisms.timeline(id));
        model.addAttribute("sections", drafting.sections(consultation.id()));
        model.addAttribute(
                "front",
                organization.body(criticism.frontBodyId()).map(Body::name).orElse(""));
        model.addAttribute(
                "drafter",
                organization.body(consultation.bodyId()).map(Body::name).orElse(""));
        model.addAttribute("isFront", staff.inScope(criticism.frontBodyId()));
        model.addAttribute("isDrafter", staff.inScope(consultation.bodyId()));
        model.addAttribute("verdicts", CommentVerdict.values());
        model.addAttribute("today", today());
        return "democracy/criticism";
    }

    @PostMapping("/criticisms/{id}/document")
    String document(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate conferenceOn,
            @RequestParam(defaultValue = "") String conferencePlace,
            @RequestParam(defaultValue = "") String participants,
            @RequestParam(defaultValue = "") String experts,
            @RequestParam(defaultValue = "") String documentNumber,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate documentDate,
            @RequestParam(defaultValue = "") String recommendations,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/criticisms/" + id, "criticism.notice.document", () -> {
            List<String> lines = Arrays.stream(recommendations.split("\\R"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            @SuppressWarnings("NullAway")
            var command = new ConsultationCommands.CriticismDocument(
                    conferenceOn,
                    ConsultationForms.blank(conferencePlace),
                    ConsultationForms.blank(participants),
                    ConsultationForms.blank(experts),
                    documentNumber.strip(),
                    documentDate,
                    lines);
            return criticisms.issueDocument(
                    id, ConsultationForms.checked(validator, messages, command), today(), staff);
        });
    }

    @PostMapping("/criticisms/{id}/recommendations/{recommendationId}/reply")
    String reply(
            @PathVariable long id,
            @PathVariable long recommendationId,
            @RequestParam(required = false) @Nullable CommentVerdict verdict,
            @RequestParam(defaultValue = "") String text,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/criticisms/" + id, "criticism.notice.replied", () -> {
            @SuppressWarnings("NullAway")
            var command = new ConsultationCommands.Answer(verdict, text.strip());
            criticisms.reply(
                    id, recommendationId, ConsultationForms.checked(validator, messages, command), today(), staff);
            return recommendationId;
        });
    }

    @PostMapping("/criticisms/{id}/recommendations/{recommendationId}/done")
    String done(
            @PathVariable long id,
            @PathVariable long recommendationId,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam(defaultValue = "") String note,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/criticisms/" + id, "criticism.notice.done", () -> {
            @SuppressWarnings("NullAway")
            var command = new ConsultationCommands.Done(doneOn, ConsultationForms.blank(note));
            criticisms.done(
                    id, recommendationId, ConsultationForms.checked(validator, messages, command), today(), staff);
            return recommendationId;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
