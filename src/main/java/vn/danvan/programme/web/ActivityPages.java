package vn.danvan.programme.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.ActivityCommunity;
import vn.danvan.programme.ActivityKind;
import vn.danvan.programme.ActivityLog;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.shared.Forms;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulYear;
import vn.danvan.shared.RenderedPages;

/** Staff pages: work with communities and leaders' field visits of a year, and the form to record one. */
@Controller
@RenderedPages
class ActivityPages {

    /** The activity form as Spring binds it; blank required fields stay null and the command rejects them. */
    static class ActivityForm {
        public @Nullable Long bodyId;
        public ActivityKind kind = ActivityKind.COMMUNITY_WORK;
        public ActivityCommunity community = ActivityCommunity.ETHNIC_MINORITY;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public @Nullable LocalDate heldOn;

        public @Nullable String place;
        public @Nullable String leaderName;
        public @Nullable String learned;

        @SuppressWarnings("NullAway")
        ActivityLog.RecordActivity toCommand() {
            return new ActivityLog.RecordActivity(
                    bodyId,
                    kind,
                    community,
                    heldOn,
                    place == null ? "" : place.strip(),
                    InputText.blankToNull(leaderName),
                    learned == null ? "" : learned.strip());
        }
    }

    private final ActivityLog activities;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    ActivityPages(ActivityLog activities, OrganizationDirectory organization, Validator validator, Clock clock) {
        this.activities = activities;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("activityForm")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("communities", ActivityCommunity.values());
    }

    @GetMapping("/programme/activities")
    String list(@RequestParam(required = false) @Nullable @LawfulYear Integer year, StaffMember staff, Model model) {
        if (!model.containsAttribute("activityForm")) {
            ActivityForm form = new ActivityForm();
            form.bodyId = staff.bodyId();
            form.heldOn = today();
            Forms.add(model, "activityForm", form);
        }
        return page(year == null ? today().getYear() : year, staff, model);
    }

    @PostMapping("/programme/activities")
    String record(
            @ModelAttribute("activityForm") ActivityForm form,
            BindingResult binding,
            StaffMember staff,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                validator,
                binding,
                form::toCommand,
                command -> activities.record(command, today(), staff),
                id -> {
                    redirect.addFlashAttribute("notice", "activity.notice.recorded");
                    return "redirect:/programme/activities";
                },
                () -> page(today().getYear(), staff, model));
    }

    private String page(int year, StaffMember staff, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("activities", activities.activities(year, staff));
        model.addAttribute(
                "bodies",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .sorted(Comparator.comparing(Body::name))
                        .toList());
        model.addAttribute("mayPlan", PlanPolicy.mayPlan(staff));
        return "programme/activities";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
