package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.democracy.CommentAuthorKind;
import vn.danvan.democracy.CommentChannel;
import vn.danvan.democracy.CommentVerdict;
import vn.danvan.democracy.ConsultationCommands;
import vn.danvan.democracy.ConsultationDrafting;
import vn.danvan.democracy.ConsultationSubject;
import vn.danvan.democracy.ConsultationSynthesis;
import vn.danvan.democracy.CriticismTracking;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationDocument;
import vn.danvan.democracy.domain.DraftText;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages of the consultations: the drafts of the communes in scope; a new draft typed or imported from Word;
 * a draft with its sections, documents, period, comments (entered, hidden, grouped), answers, synthesis, and the
 * Front's criticisms of it.
 */
@Controller
@RenderedPages
class ConsultationPages {

    private final ConsultationDrafting drafting;
    private final ConsultationSynthesis synthesis;
    private final CriticismTracking criticisms;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    ConsultationPages(
            ConsultationDrafting drafting,
            ConsultationSynthesis synthesis,
            CriticismTracking criticisms,
            Validator validator,
            MessageSource messages,
            Clock clock) {
        this.drafting = drafting;
        this.synthesis = synthesis;
        this.criticisms = criticisms;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/consultations")
    String list(StaffMember staff, Model model) {
        List<Body> publishers = drafting.publishersInScope(staff);
        model.addAttribute("consultations", drafting.list(staff));
        model.addAttribute("bodyNames", names(publishers));
        model.addAttribute("mayDraft", !publishers.isEmpty());
        model.addAttribute("mayCriticise", !criticisms.frontsInScope(staff).isEmpty());
        model.addAttribute("today", today());
        return "democracy/consultations";
    }

    @GetMapping("/consultations/new")
    String newDraft(StaffMember staff, Model model) {
        model.addAttribute("publishers", drafting.publishersInScope(staff));
        model.addAttribute("subjects", ConsultationSubject.values());
        model.addAttribute("defaultBody", staff.bodyId());
        return "democracy/consultation-form";
    }

    @PostMapping("/consultations")
    String create(
            @RequestParam(required = false) @Nullable Long bodyId,
            @RequestParam(required = false) @Nullable ConsultationSubject subject,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable MultipartFile docx,
            StaffMember staff,
            RedirectAttributes redirect) {
        long[] created = {0};
        String back = ConsultationForms.run(redirect, "/consultations/new", "consultation.notice.created", () -> {
            List<ConsultationCommands.DraftSection> sections;
            if (docx != null && !docx.isEmpty()) {
                sections = ConsultationForms.upload(
                        docx, "consultation.docx-unreadable", (name, in) -> DraftText.sectionsOfDocx(in));
            } else {
                sections = DraftText.sections(text);
            }
            @SuppressWarnings("NullAway") // a missing body or subject is refused by the command's @NotNull
            var command = new ConsultationCommands.SaveDraft(
                    bodyId, subject, title.strip(), ConsultationForms.blank(summary), sections);
            created[0] = drafting.create(ConsultationForms.checked(validator, messages, command), staff);
            return created[0];
        });
        return created[0] == 0 ? back : "redirect:/consultations/" + created[0];
    }

    @GetMapping("/consultations/{id}")
    String consultation(@PathVariable long id, StaffMember staff, Model model) {
        Consultation consultation = drafting.consultation(id, staff);
        LocalDate today = today();
        model.addAttribute("consultation", consultation);
        model.addAttribute("status", consultation.statusOn(today));
        model.addAttribute("today", today);
        model.addAttribute("sections", drafting.sections(id));
        model.addAttribute(
                "sectionHeadings",
                drafting.sections(id).stream().collect(Collectors.toMap(s -> s.id(), s -> s.heading())));
        model.addAttribute("documents", drafting.documents(id));
        var comments = drafting.comments(id);
        model.addAttribute("comments", comments);
        model.addAttribute(
                "ungrouped",
                comments.stream()
                        .filter(c -> !c.hidden() && c.groupId() == null)
                        .toList());
        model.addAttribute("groups", drafting.groups(id));
        model.addAttribute("commenters", drafting.commenterNames(id, staff));
        model.addAttribute("figures", synthesis.figures(id));
        model.addAttribute("unanswered", synthesis.unanswered(id));
        model.addAttribute("timeline", drafting.timeline(id));
        model.addAttribute("criticisms", criticisms.ofConsultation(id));
        model.addAttribute("channels", List.of(CommentChannel.MEETING, CommentChannel.WRITTEN));
        model.addAttribute("authorKinds", CommentAuthorKind.values());
        model.addAttribute("verdicts", CommentVerdict.values());
        model.addAttribute("minimumDays", drafting.minimumDays());
        LocalDate opens = today;
        model.addAttribute("suggestedOpen", opens);
        model.addAttribute("suggestedClose", drafting.earliestClose(opens));
        model.addAttribute("bodyName", names(drafting.publishersInScope(staff)).get(consultation.bodyId()));
        return "democracy/consultation";
    }

    @PostMapping("/consultations/{id}/sections")
    String sections(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable MultipartFile docx,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/consultations/" + id, "consultation.notice.sections", () -> {
            if (docx != null && !docx.isEmpty()) {
                return ConsultationForms.upload(
                        docx, "consultation.docx-unreadable", (name, in) -> drafting.importDocx(id, in, staff));
            }
            return drafting.replaceSections(id, DraftText.sections(text), staff);
        });
    }

    @PostMapping("/consultations/{id}/documents")
    String attach(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/consultations/" + id, "democracy.notice.document-added", () -> {
            return ConsultationForms.upload(
                    file, "democracy.document-empty", (name, in) -> drafting.attachDocument(id, name, in, staff));
        });
    }

    @GetMapping("/consultations/{id}/documents/{documentId}")
    ResponseEntity<Resource> document(@PathVariable long id, @PathVariable long documentId, StaffMember staff) {
        Path path = drafting.documentPath(id, documentId, staff);
        return download(drafting, id, documentId, path);
    }

    @PostMapping("/consultations/{id}/open")
    String open(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/consultations/" + id, "consultation.notice.opened", () -> {
            @SuppressWarnings("NullAway")
            var command = new ConsultationCommands.Open(opensOn, closesOn);
            return drafting.open(id, ConsultationForms.checked(validator, messages, command), today(), staff);
        });
    }

    @PostMapping("/consultations/{id}/close")
    String close(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        return ConsultationForms.run(
                redirect,
                "/consultations/" + id,
                "consultation.notice.closed",
                () -> drafting.close(id, today(), staff));
    }

    @PostMapping("/consultations/{id}/comments")
    String enter(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable CommentChannel channel,
            @RequestParam(required = false) @Nullable Long sectionId,
            @RequestParam(required = false) @Nullable CommentAuthorKind authorKind,
            @RequestParam(defaultValue = "") String organisationName,
            @RequestParam(defaultValue = "") String sourceNote,
            @RequestParam(defaultValue = "") String body,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(
                redirect, "/consultations/" + id + "#comments", "consultation.notice.entered", () -> {
                    @SuppressWarnings("NullAway")
                    var command = new ConsultationCommands.EnteredComment(
                            channel,
                            sectionId,
                            authorKind,
                            ConsultationForms.blank(organisationName),
                            sourceNote.strip(),
                            body.strip());
                    return drafting.enterComment(
                            id, ConsultationForms.checked(validator, messages, command), today(), staff);
                });
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/hide")
    String hide(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(defaultValue = "") String reason,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(
                redirect, "/consultations/" + id + "#comments", "consultation.notice.hidden", () -> {
                    var command = new ConsultationCommands.Hide(reason.strip());
                    drafting.hide(id, commentId, ConsultationForms.checked(validator, messages, command), staff);
                    return commentId;
                });
    }

    @PostMapping("/consultations/{id}/groups")
    String group(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(value = "commentIds", required = false) @Nullable List<Long> commentIds,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(
                redirect, "/consultations/" + id + "#groups", "consultation.notice.grouped", () -> {
                    var command = new ConsultationCommands.Group(
                            title.strip(), commentIds == null ? List.of() : new ArrayList<>(commentIds));
                    return drafting.group(id, ConsultationForms.checked(validator, messages, command), staff);
                });
    }

    @PostMapping("/consultations/{id}/groups/{groupId}/answer")
    String answer(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestParam(required = false) @Nullable CommentVerdict verdict,
            @RequestParam(defaultValue = "") String text,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(
                redirect, "/consultations/" + id + "#groups", "consultation.notice.answered", () -> {
                    @SuppressWarnings("NullAway")
                    var command = new ConsultationCommands.Answer(verdict, text.strip());
                    drafting.answer(id, groupId, ConsultationForms.checked(validator, messages, command), staff);
                    return groupId;
                });
    }

    @PostMapping("/consultations/{id}/synthesis")
    String publishSynthesis(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            StaffMember staff,
            RedirectAttributes redirect) {
        return ConsultationForms.run(redirect, "/consultations/" + id, "consultation.notice.synthesised", () -> {
            var command = new ConsultationCommands.Synthesis(note.strip());
            return synthesis.publish(id, ConsultationForms.checked(validator, messages, command), today(), staff);
        });
    }

    @GetMapping("/consultations/{id}/synthesis.pdf")
    ResponseEntity<byte[]> synthesisPdf(@PathVariable long id, StaffMember staff) {
        return pdf(synthesis.preview(id, today(), staff), "bao-cao-tong-hop-y-kien-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(bytes);
    }

    static ResponseEntity<Resource> download(ConsultationDrafting drafting, long id, long documentId, Path path) {
        ConsultationDocument document = drafting.document(id, documentId)
                .orElseThrow(() -> DomainException.notFound("democracy.document-unknown"));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(new FileSystemResource(path));
    }

    private static Map<Long, String> names(List<Body> bodies) {
        return bodies.stream().collect(Collectors.toMap(Body::id, Body::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
