package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionCommands.Step;
import vn.danvan.democracy.SupervisionRecommendations;
import vn.danvan.democracy.SupervisionSteps;
import vn.danvan.democracy.domain.Supervision;
import vn.danvan.democracy.domain.SupervisionRecommendation;
import vn.danvan.democracy.web.SupervisionForms.AnswerForm;
import vn.danvan.democracy.web.SupervisionForms.FollowUpForm;
import vn.danvan.democracy.web.SupervisionForms.PlanOfYearForm;
import vn.danvan.democracy.web.SupervisionForms.RecommendationForm;
import vn.danvan.democracy.web.SupervisionForms.ReconsiderationForm;
import vn.danvan.democracy.web.SupervisionForms.SessionForm;
import vn.danvan.democracy.web.SupervisionForms.StepForm;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages of the Front's supervision (plan, supervision with its dated steps and late flags) and of the
 * recommendations of every board: the list (all, or only the overdue) and one recommendation with its answer,
 * follow-up and request for reconsideration.
 */
@Controller
@RenderedPages
class SupervisionPages {

    private final SupervisionSteps steps;
    private final SupervisionRecommendations recommendations;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    SupervisionPages(
            SupervisionSteps steps,
            SupervisionRecommendations recommendations,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.steps = steps;
        this.recommendations = recommendations;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({
        "answerForm",
        "followUpForm",
        "reconsiderationForm",
        "planOfYearForm",
        "supervisionForm",
        "stepForm",
        "sessionForm",
        "recommendationForm"
    })
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("steps", Step.values());
        model.addAttribute("bodyNames", organization.bodyNames());
    }

    @GetMapping("/oversight/recommendations")
    String list(@RequestParam(defaultValue = "false") boolean overdue, StaffMember staff, Model model) {
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("recommendations", recommendations.list(staff, overdue, today()));
        return "democracy/recommendations";
    }

    @GetMapping("/oversight/recommendations/{id}")
    String recommendation(@PathVariable long id, StaffMember staff, Model model) {
        SupervisionRecommendation recommendation = recommendations.recommendation(id, staff);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("owner", recommendations.owner(recommendation));
        model.addAttribute("mayAnswer", recommendations.mayAnswer(staff, recommendation));
        model.addAttribute("mayFollow", staff.inScope(recommendations.owner(recommendation)));
        model.addAttribute("mayReconsider", staff.inScope(recommendation.addresseeBodyId()));
        model.addAttribute("timeline", recommendations.timeline(id));
        AnswerForm answer = new AnswerForm();
        answer.answeredOn = today();
        Forms.add(model, "answerForm", answer);
        FollowUpForm followUp = new FollowUpForm();
        followUp.on = today();
        Forms.add(model, "followUpForm", followUp);
        ReconsiderationForm reconsideration = new ReconsiderationForm();
        reconsideration.on = today();
        Forms.add(model, "reconsiderationForm", reconsideration);
        return "democracy/recommendation";
    }

    @PostMapping("/oversight/recommendations/{id}/answer")
    String answer(
            @PathVariable long id,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> recommendations.answer(id, command, today(), staff),
                redirect,
                "oversight.notice.answered",
                "/oversight/recommendations/" + id);
    }

    @PostMapping("/oversight/recommendations/{id}/follow-up")
    String followUp(
            @PathVariable long id,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> recommendations.followUp(id, command, today(), staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/recommendations/" + id);
    }

    @PostMapping("/oversight/recommendations/{id}/reconsideration")
    String reconsider(
            @PathVariable long id,
            @ModelAttribute("reconsiderationForm") ReconsiderationForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> recommendations.reconsider(id, command, today(), staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/recommendations/" + id);
    }

    // ---- the Front's supervision --------------------------------------------------------------------

    @PostMapping("/oversight/supervision-plans")
    String createPlan(
            @ModelAttribute("planOfYearForm") PlanOfYearForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.create(
                binding,
                validator,
                form::toCommand,
                command -> steps.createPlan(command, staff),
                redirect,
                "oversight.notice.saved",
                "/oversight",
                "/oversight/supervision-plans/");
    }

    @GetMapping("/oversight/supervision-plans/{id}")
    String plan(@PathVariable long id, StaffMember staff, Model model) {
        var plan = steps.plan(id, staff);
        model.addAttribute("plan", plan);
        var supervisions = steps.supervisions(id);
        model.addAttribute("supervisions", supervisions);
        model.addAttribute(
                "late",
                supervisions.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Supervision::id,
                                s -> steps.checks(s, today()).stream().anyMatch(Supervision.StepCheck::late))));
        model.addAttribute(
                "supervisable",
                organization.bodies().stream()
                        .filter(b -> b.kind() != vn.danvan.organization.BodyKind.FATHERLAND_FRONT)
                        .limit(500)
                        .toList());
        SupervisionForms.SupervisionForm form = new SupervisionForms.SupervisionForm();
        form.firstSessionOn = today().getYear() == plan.year() ? today().plusDays(20) : LocalDate.of(plan.year(), 6, 1);
        Forms.add(model, "supervisionForm", form);
        return "democracy/supervision-plan";
    }

    @PostMapping("/oversight/supervision-plans/{id}/supervisions")
    String createSupervision(
            @PathVariable long id,
            @ModelAttribute("supervisionForm") SupervisionForms.SupervisionForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.create(
                binding,
                validator,
                form::toCommand,
                command -> steps.create(id, command, staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/supervision-plans/" + id,
                "/oversight/supervisions/");
    }

    @GetMapping("/oversight/supervisions/{id}")
    String supervision(@PathVariable long id, StaffMember staff, Model model) {
        Supervision supervision = steps.supervision(id, staff);
        model.addAttribute("supervision", supervision);
        model.addAttribute("checks", steps.checks(supervision, today()));
        model.addAttribute("sessions", steps.sessions(id));
        model.addAttribute("recommendations", recommendations.ofSupervision(id));
        model.addAttribute("timeline", steps.timeline(id));
        model.addAttribute("mayWork", staff.inScope(supervision.frontBodyId()));
        var supervised = organization.body(supervision.supervisedBodyId()).orElseThrow();
        model.addAttribute("supervised", supervised);
        StepForm step = new StepForm();
        step.on = today();
        Forms.add(model, "stepForm", step);
        SessionForm session = new SessionForm();
        session.heldOn = today();
        Forms.add(model, "sessionForm", session);
        RecommendationForm recommendation = new RecommendationForm();
        recommendation.addresseeBodyId = supervised.id();
        recommendation.superiorBodyId = supervised.superiorId();
        recommendation.sentOn = today();
        Forms.add(model, "recommendationForm", recommendation);
        return "democracy/supervision";
    }

    @PostMapping("/oversight/supervisions/{id}/steps")
    String step(
            @PathVariable long id,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> steps.recordStep(id, command, today(), staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/supervisions/" + id);
    }

    @PostMapping("/oversight/supervisions/{id}/sessions")
    String session(
            @PathVariable long id,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> steps.addSession(id, command, today(), staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/supervisions/" + id);
    }

    @PostMapping("/oversight/supervisions/{id}/recommendations")
    String recommend(
            @PathVariable long id,
            @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> steps.recommend(id, command, today(), staff),
                redirect,
                "oversight.notice.recommendation-sent",
                "/oversight/supervisions/" + id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
