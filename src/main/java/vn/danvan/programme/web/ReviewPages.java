package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ReviewBook;
import vn.danvan.programme.ReviewKind;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.domain.Review;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.programme.web.PlanForms.NarrativeForm;
import vn.danvan.programme.web.PlanForms.ReviewForm;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages: the reviews (sơ kết, tổng kết) of the bodies in scope, a review with its narrative and the figures the
 * platform counts, its issue, and its document as .docx and PDF.
 */
@Controller
@RenderedPages
class ReviewPages {

    private final ReviewBook reviews;
    private final ReviewDocuments documents;
    private final Plans timelines;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    ReviewPages(
            ReviewBook reviews,
            ReviewDocuments documents,
            Plans timelines,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.reviews = reviews;
        this.documents = documents;
        this.timelines = timelines;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"reviewForm", "narrativeForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
        model.addAttribute("kinds", ReviewKind.values());
    }

    @GetMapping("/programme/reviews")
    String list(StaffMember staff, Model model) {
        if (!model.containsAttribute("reviewForm")) {
            ReviewForm form = new ReviewForm();
            form.bodyId = staff.bodyId();
            int year = today().getYear();
            form.periodFrom = LocalDate.of(year, 1, 1);
            form.periodTo = today();
            form.place = "";
            Forms.add(model, "reviewForm", form);
        }
        return listPage(staff, model);
    }

    @PostMapping("/programme/reviews")
    String open(
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> reviews.open(command, today(), staff),
                review -> {
                    redirect.addFlashAttribute("notice", "review.notice.opened");
                    return "redirect:/programme/reviews/" + review.id();
                },
                () -> listPage(staff, model));
    }

    @GetMapping("/programme/reviews/{id}")
    String review(@PathVariable long id, StaffMember staff, Model model) {
        Review review = reviews.review(id, staff);
        if (!model.containsAttribute("narrativeForm")) {
            Forms.add(model, "narrativeForm", NarrativeForm.of(review));
        }
        return reviewPage(review, staff, model);
    }

    @PostMapping("/programme/reviews/{id}")
    String write(
            @PathVariable long id,
            @ModelAttribute("narrativeForm") NarrativeForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> reviews.write(id, command, staff),
                review -> {
                    redirect.addFlashAttribute("notice", "review.notice.written");
                    return "redirect:/programme/reviews/" + id;
                },
                () -> reviewPage(reviews.review(id, staff), staff, model));
    }

    @PostMapping("/programme/reviews/{id}/issue")
    String issue(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        try {
            reviews.issue(id, today(), staff);
            redirect.addFlashAttribute("notice", "review.notice.issued");
        } catch (DomainException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 403) {
                throw refused;
            }
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/programme/reviews/" + id;
    }

    @GetMapping("/programme/reviews/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, StaffMember staff, Locale locale) {
        Review review = reviews.review(id, staff);
        LocalDate dated = review.issuedOn() != null ? review.issuedOn() : today();
        byte[] bytes = documents.docx(text(review, locale), dated);
        return download(bytes, ReviewDocuments.DOCX, "bao-cao-" + id + ".docx");
    }

    @GetMapping("/programme/reviews/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, StaffMember staff, Locale locale) {
        Review review = reviews.review(id, staff);
        return download(documents.pdf(text(review, locale)), ReviewDocuments.PDF, "bao-cao-" + id + ".pdf");
    }

    private ReviewDocuments.Text text(Review review, Locale locale) {
        Body body = organization.body(review.bodyId()).orElseThrow();
        var superior =
                body.superiorId() == null ? java.util.Optional.<Body>empty() : organization.body(body.superiorId());
        return documents.text(review, body, superior, reviews.figures(review), today(), locale);
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }

    private String listPage(StaffMember staff, Model model) {
        model.addAttribute("reviews", reviews.reviews(staff));
        model.addAttribute(
                "bodies",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/reviews";
    }

    private String reviewPage(Review review, StaffMember staff, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("sections", reviews.figures(review));
        model.addAttribute("timeline", timelines.timeline("review", review.id()));
        model.addAttribute("mayWrite", !review.issued() && PlanPolicy.mayPlan(staff));
        return "programme/review";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
