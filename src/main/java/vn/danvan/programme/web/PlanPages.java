package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import vn.danvan.programme.PlanBook;
import vn.danvan.programme.PlanSector;
import vn.danvan.programme.domain.Plan;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.domain.PlanTask;
import vn.danvan.programme.web.PlanForms.DoneForm;
import vn.danvan.programme.web.PlanForms.PlanForm;
import vn.danvan.programme.web.PlanForms.ProgressForm;
import vn.danvan.programme.web.PlanForms.TaskForm;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.LawfulYear;
import vn.danvan.shared.RenderedPages;

/** Staff pages: the year's dân vận plans, a plan with its tasks, a task with its progress reports. */
@Controller
@RenderedPages
class PlanPages {

    private final PlanBook plans;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    PlanPages(PlanBook plans, OrganizationDirectory organization, Validator validator, Clock clock) {
        this.plans = plans;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"planForm", "taskForm", "progressForm", "doneForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
        model.addAttribute("sectors", PlanSector.values());
    }

    @GetMapping("/programme/plans")
    String list(@RequestParam(required = false) @Nullable @LawfulYear Integer year, StaffMember staff, Model model) {
        int shown = year == null ? today().getYear() : year;
        if (!model.containsAttribute("planForm")) {
            PlanForm form = new PlanForm();
            form.bodyId = staff.bodyId();
            form.year = shown;
            Forms.add(model, "planForm", form);
        }
        return listPage(shown, staff, model);
    }

    @PostMapping("/programme/plans")
    String draft(
            @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> plans.draft(command, staff),
                redirect,
                "plan.notice.drafted",
                plan -> "/programme/plans/" + plan.id(),
                () -> listPage(form.year == null ? today().getYear() : form.year, staff, model));
    }

    @GetMapping("/programme/plans/{id}")
    String plan(@PathVariable long id, StaffMember staff, Model model) {
        if (!model.containsAttribute("taskForm")) {
            TaskForm form = new TaskForm();
            form.ownerBodyId = staff.bodyId();
            Forms.add(model, "taskForm", form);
        }
        return planPage(id, staff, model);
    }

    @PostMapping("/programme/plans/{id}/tasks")
    String addTask(
            @PathVariable long id,
            @ModelAttribute("taskForm") TaskForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> plans.addTask(id, command, staff),
                redirect,
                "plan.notice.task-added",
                task -> "/programme/plans/" + id,
                () -> planPage(id, staff, model));
    }

    @GetMapping("/programme/tasks/{id}")
    String task(@PathVariable long id, StaffMember staff, Model model) {
        if (!model.containsAttribute("progressForm")) {
            ProgressForm form = new ProgressForm();
            form.reportedOn = today();
            Forms.add(model, "progressForm", form);
        }
        if (!model.containsAttribute("doneForm")) {
            DoneForm form = new DoneForm();
            form.doneOn = today();
            Forms.add(model, "doneForm", form);
        }
        return taskPage(id, staff, model);
    }

    @PostMapping("/programme/tasks/{id}/progress")
    String reportProgress(
            @PathVariable long id,
            @ModelAttribute("progressForm") ProgressForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        if (!model.containsAttribute("doneForm")) {
            Forms.add(model, "doneForm", new DoneForm());
        }
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> plans.reportProgress(id, command, today(), staff),
                redirect,
                "plan.notice.progress",
                report -> "/programme/tasks/" + id,
                () -> taskPage(id, staff, model));
    }

    @PostMapping("/programme/tasks/{id}/done")
    String complete(
            @PathVariable long id,
            @ModelAttribute("doneForm") DoneForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        if (!model.containsAttribute("progressForm")) {
            Forms.add(model, "progressForm", new ProgressForm());
        }
        if (binding.hasErrors()) {
            return taskPage(id, staff, model);
        }
        try {
            plans.complete(id, form.doneOn == null ? today() : form.doneOn, today(), staff);
            redirect.addFlashAttribute("notice", "plan.notice.done");
        } catch (DomainException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 403) {
                throw refused;
            }
            binding.reject(refused.code(), refused.arguments(), refused.code());
            return taskPage(id, staff, model);
        }
        return "redirect:/programme/tasks/" + id;
    }

    private String listPage(int year, StaffMember staff, Model model) {
        List<Plan> list = plans.plans(year, staff);
        model.addAttribute("year", year);
        model.addAttribute("plans", list);
        model.addAttribute("bodies", bodiesInScope(staff));
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/plans";
    }

    private String planPage(long id, StaffMember staff, Model model) {
        Plan plan = plans.plan(id, staff);
        List<PlanTask> tasks = plans.tasks(id, staff);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", tasks);
        model.addAttribute("timeline", plans.timeline("plan", id));
        model.addAttribute("bodies", bodiesInScope(staff));
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff) && staff.inScope(plan.bodyId()));
        return "programme/plan";
    }

    private String taskPage(long id, StaffMember staff, Model model) {
        PlanTask task = plans.task(id, staff);
        model.addAttribute("task", task);
        model.addAttribute("plan", plans.plan(task.planId(), staff));
        model.addAttribute("reports", plans.progress(id, staff));
        model.addAttribute("timeline", plans.timeline("task", id));
        model.addAttribute("mayReport", staff.inScope(task.ownerBodyId()) && task.state() == PlanTask.State.OPEN);
        return "programme/task";
    }

    private List<Body> bodiesInScope(StaffMember staff) {
        Map<Long, Body> all = organization.bodies().stream().collect(Collectors.toMap(Body::id, b -> b));
        return all.values().stream()
                .filter(b -> staff.inScope(b.id()))
                .sorted(Comparator.comparing(Body::name))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
