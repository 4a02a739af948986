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
import vn.danvan.programme.AdviceBook;
import vn.danvan.programme.AdviceOutcome;
import vn.danvan.programme.domain.Advice;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.programme.web.InspectionForms.AdviceForm;
import vn.danvan.programme.web.InspectionForms.AdviceTaskForm;
import vn.danvan.programme.web.InspectionForms.DecisionForm;
import vn.danvan.programme.web.InspectionForms.ResultForm;
import vn.danvan.programme.web.InspectionForms.SendForm;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages: the advice the bodies in scope gave to, or received as, a Party committee; a proposal with its evidence
 * (counted now while a draft, frozen once sent), the committee's decision, the follow-up tasks and the timeline.
 */
@Controller
@RenderedPages
class AdvicePages {

    private static final String INVALID = "advice.form-invalid";

    private final AdviceBook advices;
    private final Plans timelines;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    AdvicePages(
            AdviceBook advices, Plans timelines, OrganizationDirectory organization, Validator validator, Clock clock) {
        this.advices = advices;
        this.timelines = timelines;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"adviceForm", "sendForm", "decisionForm", "adviceTaskForm", "resultForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
        model.addAttribute("outcomes", AdviceOutcome.values());
    }

    @GetMapping("/programme/advice")
    String list(StaffMember staff, Model model) {
        if (!model.containsAttribute("adviceForm")) {
            AdviceForm form = new AdviceForm();
            form.bodyId = staff.bodyId();
            form.evidenceFrom = today().withDayOfYear(1);
            form.evidenceTo = today();
            Forms.add(model, "adviceForm", form);
        }
        return listPage(staff, model);
    }

    @PostMapping("/programme/advice")
    String draft(
            @ModelAttribute("adviceForm") AdviceForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> advices.draft(command, staff),
                redirect,
                "advice.notice.drafted",
                advice -> "/programme/advice/" + advice.id(),
                () -> listPage(staff, model));
    }

    @GetMapping("/programme/advice/{id}")
    String advice(@PathVariable long id, StaffMember staff, Model model) {
        Advice advice = advices.advice(id, staff);
        model.addAttribute("advice", advice);
        model.addAttribute("evidence", advices.evidence(advice, today(), staff));
        model.addAttribute("tasks", advices.tasks(id, staff));
        model.addAttribute("timeline", timelines.timeline("advice", id));
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        model.addAttribute("mayDraft", PlanPolicy.mayPlan(staff) && staff.inScope(advice.bodyId()));
        model.addAttribute("allBodies", allBodies());
        SendForm send = new SendForm();
        send.sentOn = today();
        Forms.add(model, "sendForm", send);
        DecisionForm decision = new DecisionForm();
        decision.outcome = AdviceOutcome.ADOPTED;
        decision.decidedOn = today();
        Forms.add(model, "decisionForm", decision);
        AdviceTaskForm task = new AdviceTaskForm();
        task.ownerBodyId = advice.bodyId();
        Forms.add(model, "adviceTaskForm", task);
        return "programme/advice";
    }

    @PostMapping("/programme/advice/{id}/send")
    String send(
            @PathVariable long id,
            @ModelAttribute("sendForm") SendForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runCommand(
                binding,
                validator,
                form::toCommand,
                command -> advices.send(id, command, today(), staff),
                redirect,
                INVALID,
                "advice.notice.sent",
                "/programme/advice/" + id);
    }

    @PostMapping("/programme/advice/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runCommand(
                binding,
                validator,
                form::toCommand,
                command -> advices.decide(id, command, today(), staff),
                redirect,
                INVALID,
                "advice.notice.decided",
                "/programme/advice/" + id);
    }

    @PostMapping("/programme/advice/{id}/tasks")
    String addTask(
            @PathVariable long id,
            @ModelAttribute("adviceTaskForm") AdviceTaskForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runCommand(
                binding,
                validator,
                form::toCommand,
                command -> advices.addTask(id, command, staff),
                redirect,
                INVALID,
                "advice.notice.task-added",
                "/programme/advice/" + id);
    }

    @PostMapping("/programme/advice-tasks/{taskId}/done")
    String completeTask(
            @PathVariable long taskId,
            @ModelAttribute("resultForm") ResultForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        long id = advices.adviceOfTask(taskId, staff);
        return Forms.runCommand(
                binding,
                validator,
                form::toTaskCommand,
                command -> advices.completeTask(taskId, command, today(), staff),
                redirect,
                INVALID,
                "advice.notice.task-done",
                "/programme/advice/" + id);
    }

    private String listPage(StaffMember staff, Model model) {
        model.addAttribute("advices", advices.advices(staff));
        model.addAttribute(
                "proposers",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("allBodies", allBodies());
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/advices";
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
