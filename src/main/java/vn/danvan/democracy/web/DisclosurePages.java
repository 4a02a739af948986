package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.DisclosureCompliance;
import vn.danvan.democracy.DisclosurePublishing;
import vn.danvan.democracy.PublicationForm;
import vn.danvan.democracy.domain.ComplianceLine;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.domain.DisclosureStatus;
import vn.danvan.democracy.web.DisclosureForms.ItemForm;
import vn.danvan.democracy.web.DisclosureForms.PublishForm;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** Staff pages: a commune's items with their due dates, an item with its documents and timeline, compliance. */
@Controller
@RenderedPages
class DisclosurePages {

    private final DisclosurePublishing publishing;
    private final DisclosureCompliance compliance;
    private final Validator validator;
    private final Clock clock;

    DisclosurePages(
            DisclosurePublishing publishing, DisclosureCompliance compliance, Validator validator, Clock clock) {
        this.publishing = publishing;
        this.compliance = compliance;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"itemForm", "publishForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("categories", DisclosureCategory.values());
        model.addAttribute("publicationForms", PublicationForm.values());
        model.addAttribute("statuses", DisclosureStatus.values());
    }

    @GetMapping("/disclosures")
    String list(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable DisclosureCategory category,
            @RequestParam(required = false) @Nullable DisclosureStatus status,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            StaffMember staff,
            Model model) {
        List<Body> publishers = publishing.publishersInScope(staff);
        model.addAttribute("publishers", publishers);
        model.addAttribute("bodyNames", names(publishers));
        model.addAttribute("items", publishing.list(staff, body, category, status, from, to, today()));
        model.addAttribute("body", body);
        model.addAttribute("category", category);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("mayOversee", DisclosurePolicy.mayOversee(staff));
        return "democracy/list";
    }

    @GetMapping("/disclosures/new")
    String newItem(StaffMember staff, Model model) {
        ItemForm form = new ItemForm();
        List<Body> publishers = publishing.publishersInScope(staff);
        form.bodyId = publishers.stream()
                .filter(b -> b.id() == staff.bodyId())
                .findFirst()
                .or(() -> publishers.stream().findFirst())
                .map(Body::id)
                .orElse(null);
        form.documentDate = today();
        Forms.add(model, "itemForm", form);
        return itemFormPage(null, staff, model);
    }

    @PostMapping("/disclosures")
    String create(
            @ModelAttribute("itemForm") ItemForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> publishing.create(command, today(), staff),
                id -> toItem(redirect, "democracy.notice.created", id),
                () -> itemFormPage(null, staff, model));
    }

    @GetMapping("/disclosures/{id}")
    String item(@PathVariable long id, StaffMember staff, Model model) {
        if (!model.containsAttribute("publishForm")) {
            PublishForm form = new PublishForm();
            form.publishedOn = today();
            Forms.add(model, "publishForm", form);
        }
        return itemPage(id, staff, model);
    }

    @GetMapping("/disclosures/{id}/edit")
    String edit(@PathVariable long id, StaffMember staff, Model model) {
        Disclosure disclosure = publishing.disclosure(id, staff);
        Forms.add(model, "itemForm", ItemForm.of(disclosure));
        return itemFormPage(disclosure, staff, model);
    }

    @PostMapping("/disclosures/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("itemForm") ItemForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        Disclosure disclosure = publishing.disclosure(id, staff);
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> publishing.update(id, command, today(), staff),
                saved -> toItem(redirect, "democracy.notice.saved", id),
                () -> itemFormPage(disclosure, staff, model));
    }

    @PostMapping("/disclosures/{id}/publish")
    String publish(
            @PathVariable long id,
            @ModelAttribute("publishForm") PublishForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> publishing.publish(id, command, today(), staff),
                published -> toItem(redirect, "democracy.notice.published", id),
                () -> itemPage(id, staff, model));
    }

    @PostMapping("/disclosures/{id}/documents")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runAction(
                redirect,
                "democracy.notice.document-added",
                "/disclosures/" + id,
                () -> ConsultationForms.upload(
                        file,
                        "democracy.document-empty",
                        (name, in) -> publishing.attachDocument(id, name, in, staff)));
    }

    @GetMapping("/disclosures/{id}/documents/{documentId}")
    ResponseEntity<Resource> document(@PathVariable long id, @PathVariable long documentId, StaffMember staff) {
        Path path = publishing.documentPath(id, documentId, staff);
        return download(publishing, id, documentId, path);
    }

    @GetMapping("/disclosures/compliance")
    String compliance(
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            StaffMember staff,
            Model model) {
        LocalDate first = from == null ? today().withDayOfYear(1) : from;
        LocalDate last = to == null ? today().withMonth(12).withDayOfMonth(31) : to;
        List<ComplianceLine> lines = compliance.lines(staff, first, last, today());
        model.addAttribute("lines", lines);
        model.addAttribute("total", DisclosureCompliance.total(lines));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        return "democracy/compliance";
    }

    /** A document as an attachment download, with its stored name and checked type. */
    static ResponseEntity<Resource> download(DisclosurePublishing publishing, long id, long documentId, Path path) {
        var document = publishing.documents(id).stream()
                .filter(d -> d.id() == documentId)
                .findFirst()
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

    /** Once saved: the item's page, with the notice. */
    private static String toItem(RedirectAttributes redirect, String notice, long id) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/disclosures/" + id;
    }

    private String itemFormPage(@Nullable Disclosure disclosure, StaffMember staff, Model model) {
        model.addAttribute("disclosure", disclosure);
        model.addAttribute(
                "publishers",
                disclosure == null
                        ? publishing.publishersInScope(staff)
                        : publishing.publishersInScope(staff).stream()
                                .filter(b -> b.id() == disclosure.bodyId())
                                .toList());
        model.addAttribute(
                "rules",
                java.util.Arrays.stream(DisclosureCategory.values())
                        .collect(Collectors.toMap(
                                Function.identity(), c -> publishing.rule(c).describeVi())));
        return "democracy/form";
    }

    private String itemPage(long id, StaffMember staff, Model model) {
        Disclosure disclosure = publishing.disclosure(id, staff);
        model.addAttribute("disclosure", disclosure);
        model.addAttribute("rule", publishing.rule(disclosure.category()).describeVi());
        model.addAttribute("documents", publishing.documents(id));
        model.addAttribute("timeline", publishing.timeline(id));
        model.addAttribute("bodyNames", names(publishing.publishersInScope(staff)));
        return "democracy/item";
    }

    private static Map<Long, String> names(List<Body> bodies) {
        return bodies.stream().collect(Collectors.toMap(Body::id, Body::name));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
