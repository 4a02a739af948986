package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
import vn.danvan.programme.AgreementBook;
import vn.danvan.programme.domain.Agreement;
import vn.danvan.programme.domain.JointTask;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.programme.web.PlanForms.AgreementForm;
import vn.danvan.programme.web.PlanForms.DoneForm;
import vn.danvan.programme.web.PlanForms.JointReviewForm;
import vn.danvan.programme.web.PlanForms.JointTaskForm;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** Staff pages: the coordination agreements of the bodies in scope, an agreement with its joint tasks and reviews. */
@Controller
@RenderedPages
class AgreementPages {

    private final AgreementBook agreements;
    private final Plans timelines;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    AgreementPages(
            AgreementBook agreements,
            Plans timelines,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.agreements = agreements;
        this.timelines = timelines;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"agreementForm", "jointTaskForm", "jointReviewForm", "doneForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
    }

    @GetMapping("/programme/agreements")
    String list(StaffMember staff, Model model) {
        if (!model.containsAttribute("agreementForm")) {
            AgreementForm form = new AgreementForm();
            form.leadBodyId = staff.bodyId();
            form.signedOn = today();
            form.validFrom = today();
            form.validTo = today().plusYears(5);
            Forms.add(model, "agreementForm", form);
        }
        return listPage(staff, model);
    }

    @PostMapping("/programme/agreements")
    String sign(
            @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> agreements.sign(command, today(), staff),
                redirect,
                "agreement.notice.signed",
                agreement -> "/programme/agreements/" + agreement.id(),
                () -> listPage(staff, model));
    }

    @GetMapping("/programme/agreements/{id}")
    String agreement(@PathVariable long id, StaffMember staff, Model model) {
        addForms(model);
        return agreementPage(id, staff, model);
    }

    @PostMapping("/programme/agreements/{id}/tasks")
    String addTask(
            @PathVariable long id,
            @ModelAttribute("jointTaskForm") JointTaskForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        addForms(model);
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> agreements.addTask(id, command, staff),
                redirect,
                "agreement.notice.task-added",
                task -> "/programme/agreements/" + id,
                () -> agreementPage(id, staff, model));
    }

    @PostMapping("/programme/agreements/{id}/reviews")
    String review(
            @PathVariable long id,
            @ModelAttribute("jointReviewForm") JointReviewForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        addForms(model);
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> agreements.review(id, command, today(), staff),
                redirect,
                "agreement.notice.reviewed",
                review -> "/programme/agreements/" + id,
                () -> agreementPage(id, staff, model));
    }

    @PostMapping("/programme/joint-tasks/{taskId}/done")
    String complete(
            @PathVariable long taskId,
            @ModelAttribute("doneForm") DoneForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        addForms(model);
        long agreementId = agreements.agreementOfTask(taskId, staff);
        return PageForms.submit(
                validator,
                binding,
                form::toJointCommand,
                command -> agreements.complete(taskId, command, today(), staff),
                redirect,
                "agreement.notice.task-done",
                task -> "/programme/agreements/" + agreementId,
                () -> agreementPage(agreementId, staff, model));
    }

    private void addForms(Model model) {
        if (!model.containsAttribute("jointTaskForm")) {
            Forms.add(model, "jointTaskForm", new JointTaskForm());
        }
        if (!model.containsAttribute("jointReviewForm")) {
            JointReviewForm form = new JointReviewForm();
            form.heldOn = today();
            Forms.add(model, "jointReviewForm", form);
        }
        if (!model.containsAttribute("doneForm")) {
            DoneForm form = new DoneForm();
            form.doneOn = today();
            Forms.add(model, "doneForm", form);
        }
    }

    private String listPage(StaffMember staff, Model model) {
        model.addAttribute("agreements", agreements.agreements(staff));
        model.addAttribute(
                "leads",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("allBodies", allBodies());
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/agreements";
    }

    private String agreementPage(long id, StaffMember staff, Model model) {
        Agreement agreement = agreements.agreement(id, staff);
        List<JointTask> tasks = agreements.tasks(id, staff);
        model.addAttribute("agreement", agreement);
        model.addAttribute(
                "parties",
                agreement.partyBodyIds().stream()
                        .map(organization::body)
                        .flatMap(java.util.Optional::stream)
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("tasks", tasks);
        model.addAttribute("reviews", agreements.reviews(id, staff));
        model.addAttribute("timeline", timelines.timeline("agreement", id));
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/agreement";
    }

    private List<Body> allBodies() {
        return organization.bodies().stream()
                .sorted(Comparator.comparing(Body::name))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
