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
import vn.danvan.programme.InspectionBook;
import vn.danvan.programme.domain.Inspection;
import vn.danvan.programme.domain.InspectionRecommendation;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.programme.web.InspectionForms.CloseForm;
import vn.danvan.programme.web.InspectionForms.FindingsForm;
import vn.danvan.programme.web.InspectionForms.InspectionForm;
import vn.danvan.programme.web.InspectionForms.RecommendationForm;
import vn.danvan.programme.web.InspectionForms.ResultForm;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages: the inspections of dân vận work the bodies in scope made or underwent, with the overdue
 * recommendations flagged; an inspection with its findings, recommendations, follow-up and timeline.
 */
@Controller
@RenderedPages
class InspectionPages {

    private static final String INVALID = "inspection.form-invalid";

    private final InspectionBook inspections;
    private final Plans timelines;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    InspectionPages(
            InspectionBook inspections,
            Plans timelines,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.inspections = inspections;
        this.timelines = timelines;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"inspectionForm", "findingsForm", "recommendationForm", "resultForm", "closeForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
    }

    @GetMapping("/programme/inspections")
    String list(StaffMember staff, Model model) {
        if (!model.containsAttribute("inspectionForm")) {
            InspectionForm form = new InspectionForm();
            form.bodyId = staff.bodyId();
            form.plannedOn = today();
            Forms.add(model, "inspectionForm", form);
        }
        return listPage(staff, model);
    }

    @PostMapping("/programme/inspections")
    String plan(
            @ModelAttribute("inspectionForm") InspectionForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return PageForms.submit(
                validator,
                binding,
                form::toCommand,
                command -> inspections.plan(command, staff),
                redirect,
                "inspection.notice.planned",
                inspection -> "/programme/inspections/" + inspection.id(),
                () -> listPage(staff, model));
    }

    @GetMapping("/programme/inspections/{id}")
    String inspection(@PathVariable long id, StaffMember staff, Model model) {
        Inspection inspection = inspections.inspection(id, staff);
        List<InspectionRecommendation> recommendations = inspections.recommendations(id, staff);
        model.addAttribute("inspection", inspection);
        model.addAttribute("recommendations", recommendations);
        model.addAttribute(
                "overdueCount",
                recommendations.stream().filter(r -> r.overdue(today())).count());
        model.addAttribute("timeline", timelines.timeline("inspection", id));
        model.addAttribute("mayInspect", PlanPolicy.mayPlan(staff) && staff.inScope(inspection.bodyId()));
        model.addAttribute(
                "owners",
                List.of(inspection.inspectedBodyId(), inspection.bodyId()).stream()
                        .map(organization::body)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        FindingsForm findings = new FindingsForm();
        findings.heldOn = today();
        Forms.add(model, "findingsForm", findings);
        RecommendationForm recommendation = new RecommendationForm();
        recommendation.ownerBodyId = inspection.inspectedBodyId();
        Forms.add(model, "recommendationForm", recommendation);
        CloseForm close = new CloseForm();
        close.followedUpOn = today();
        Forms.add(model, "closeForm", close);
        return "programme/inspection";
    }

    @PostMapping("/programme/inspections/{id}/findings")
    String findings(
            @PathVariable long id,
            @ModelAttribute("findingsForm") FindingsForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runCommand(
                binding,
                validator,
                form::toCommand,
                command -> inspections.recordFindings(id, command, today(), staff),
                redirect,
                INVALID,
                "inspection.notice.held",
                "/programme/inspections/" + id);
    }

    @PostMapping("/programme/inspections/{id}/recommendations")
    String recommend(
            @PathVariable long id,
            @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runCommand(
                binding,
                validator,
                form::toCommand,
                command -> inspections.recommend(id, command, staff),
                redirect,
                INVALID,
                "inspection.notice.recommended",
                "/programme/inspections/" + id);
    }

    @PostMapping("/programme/inspection-recommendations/{recommendationId}/done")
    String complete(
            @PathVariable long recommendationId,
            @ModelAttribute("resultForm") ResultForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        long id = inspections.inspectionOfRecommendation(recommendationId, staff);
        return Forms.runCommand(
                binding,
                validator,
                form::toRecommendationCommand,
                command -> inspections.complete(recommendationId, command, today(), staff),
                redirect,
                INVALID,
                "inspection.notice.recommendation-done",
                "/programme/inspections/" + id);
    }

    @PostMapping("/programme/inspections/{id}/close")
    String close(
            @PathVariable long id,
            @ModelAttribute("closeForm") CloseForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return Forms.runCommand(
                binding,
                validator,
                form::toCommand,
                command -> inspections.close(id, command, today(), staff),
                redirect,
                INVALID,
                "inspection.notice.closed",
                "/programme/inspections/" + id);
    }

    private String listPage(StaffMember staff, Model model) {
        List<Inspection> list = inspections.inspections(staff);
        List<InspectionRecommendation> overdue = inspections.overdue(staff, today());
        model.addAttribute("inspections", list);
        model.addAttribute("overdue", overdue);
        model.addAttribute(
                "subjects",
                list.stream().collect(java.util.stream.Collectors.toMap(Inspection::id, Inspection::subject)));
        model.addAttribute(
                "inspectors",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute(
                "units",
                organization.bodies().stream()
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/inspections";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
