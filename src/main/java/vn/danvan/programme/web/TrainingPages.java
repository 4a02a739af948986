package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.CourseTopic;
import vn.danvan.programme.TrainingBook;
import vn.danvan.programme.TrainingCommands;
import vn.danvan.programme.domain.Course;
import vn.danvan.programme.domain.CourseParticipant;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/** Staff pages: training courses, a course with its participants, certificates as PDF, a staff member's record. */
@Controller
@RenderedPages
class TrainingPages {

    /** The course form as Spring binds it; blank required fields stay null and the command rejects them. */
    static class CourseForm {
        public @Nullable Long bodyId;
        public @Nullable String title;
        public CourseTopic topic = CourseTopic.MOBILISATION;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate startsOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate endsOn;

        public @Nullable String place;
        public @Nullable Integer hours;

        @SuppressWarnings("NullAway")
        TrainingCommands.PlanCourse toCommand() {
            return new TrainingCommands.PlanCourse(
                    bodyId,
                    title == null ? "" : title.strip(),
                    topic,
                    startsOn,
                    endsOn,
                    place == null ? "" : place.strip(),
                    hours == null ? 0 : hours);
        }
    }

    private final TrainingBook training;
    private final TrainingCertificates certificates;
    private final Plans timelines;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    TrainingPages(
            TrainingBook training,
            TrainingCertificates certificates,
            Plans timelines,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.training = training;
        this.certificates = certificates;
        this.timelines = timelines;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("courseForm")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
        model.addAttribute("topics", CourseTopic.values());
    }

    @GetMapping("/programme/training")
    String list(StaffMember staff, Model model) {
        if (!model.containsAttribute("courseForm")) {
            CourseForm form = new CourseForm();
            form.bodyId = staff.bodyId();
            form.startsOn = today();
            form.endsOn = today();
            form.hours = 8;
            Forms.add(model, "courseForm", form);
        }
        return listPage(staff, model);
    }

    @PostMapping("/programme/training")
    String plan(
            @ModelAttribute("courseForm") CourseForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> training.plan(command, staff),
                course -> {
                    redirect.addFlashAttribute("notice", "training.notice.planned");
                    return "redirect:/programme/training/" + course.id();
                },
                () -> listPage(staff, model));
    }

    @GetMapping("/programme/training/{id}")
    String course(@PathVariable long id, StaffMember staff, Model model) {
        Course course = training.course(id, staff);
        var participants = training.participants(id, staff);
        model.addAttribute("course", course);
        model.addAttribute("participants", participants);
        model.addAttribute(
                "candidates",
                training.candidates(id, staff).stream()
                        .filter(m -> participants.stream().noneMatch(p -> p.staffId() == m.id()))
                        .toList());
        model.addAttribute("timeline", timelines.timeline("course", id));
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/course";
    }

    @PostMapping("/programme/training/{id}/{action:participants|attendance|certificates}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable Long staffId,
            @RequestParam(defaultValue = "true") boolean attended,
            @RequestParam(required = false) @Nullable String certifiedOn,
            StaffMember staff,
            RedirectAttributes redirect) {
        try {
            if (staffId == null) {
                throw DomainException.invalid("training.staff-unknown");
            }
            switch (action) {
                case "participants" -> training.enrol(id, staffId, staff);
                case "attendance" -> training.attendance(id, staffId, attended, today(), staff);
                default -> training.certify(id, staffId, day(certifiedOn), today(), staff);
            }
            redirect.addFlashAttribute("notice", "training.notice." + action);
        } catch (DomainException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 403) {
                throw refused;
            }
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/programme/training/" + id;
    }

    @GetMapping("/programme/training/{id}/certificates/{staffId}.pdf")
    ResponseEntity<byte[]> certificate(
            @PathVariable long id, @PathVariable long staffId, StaffMember staff, Locale locale) {
        Course course = training.course(id, staff);
        CourseParticipant participant = training.participants(id, staff).stream()
                .filter(p -> p.staffId() == staffId && p.certificateNo() != null)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("training.no-certificate"));
        Body body = organization.body(course.bodyId()).orElseThrow();
        byte[] pdf = certificates.pdf(course, participant, body, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("chung-nhan-" + id + "-" + staffId + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/programme/training/staff/{staffId}")
    String record(@PathVariable long staffId, StaffMember staff, Model model) {
        model.addAttribute("member", training.member(staffId, staff));
        model.addAttribute("lines", training.record(staffId, staff));
        return "programme/training-record";
    }

    @GetMapping("/programme/training/me")
    String myRecord(StaffMember staff) {
        return "redirect:/programme/training/staff/" + staff.id();
    }

    private String listPage(StaffMember staff, Model model) {
        model.addAttribute("courses", training.courses(staff));
        model.addAttribute(
                "bodies",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/training";
    }

    private LocalDate day(@Nullable String value) {
        if (InputText.isBlank(value)) {
            return today();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("training.date-malformed");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
