package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
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
import vn.danvan.democracy.RatingRounds;
import vn.danvan.democracy.domain.RatingRound;
import vn.danvan.democracy.web.SupervisionForms.RateForm;
import vn.danvan.democracy.web.SupervisionForms.RoundForm;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.portal.CitizenPrincipal;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * The citizens' yearly rating of their commune (Luật THDCCS 2022 Đ.34(1)): staff open a round and read the results
 * of the communes in their scope; a signed-in citizen rates on the portal, once a year.
 */
@Controller
@RenderedPages
class RatingPages {

    private final RatingRounds ratings;
    private final RatingLimits limits;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    RatingPages(
            RatingRounds ratings,
            RatingLimits limits,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.ratings = ratings;
        this.limits = limits;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"roundForm", "rateForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/oversight/ratings")
    String rounds(StaffMember staff, Model model) {
        Map<RatingRound, RatingRound.Result> results = new LinkedHashMap<>();
        for (RatingRound round : ratings.roundsInScope(staff)) {
            results.put(round, ratings.result(round));
        }
        model.addAttribute("results", results);
        model.addAttribute("committees", ratings.committeesInScope(staff));
        model.addAttribute("bodyNames", organization.bodyNames());
        model.addAttribute("today", today());
        RoundForm form = new RoundForm();
        form.year = today().getYear();
        form.opensOn = today();
        form.closesOn = LocalDate.of(today().getYear(), 12, 31);
        Forms.add(model, "roundForm", form);
        return "democracy/ratings";
    }

    @PostMapping("/oversight/ratings")
    String open(
            @ModelAttribute("roundForm") RoundForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> ratings.open(command, staff),
                redirect,
                "oversight.notice.round-opened",
                "/oversight/ratings");
    }

    @GetMapping("/portal/oversight/{commune:\\d{5}}/rating")
    String rateForm(@PathVariable String commune, @Nullable Authentication authentication, Model model) {
        AdministrativeUnit unit = commune(commune);
        LocalDate today = today();
        Optional<RatingRound> round = ratings.round(unit.code(), today.getYear());
        Optional<Long> citizen = citizen(authentication);
        model.addAttribute("commune", unit);
        model.addAttribute("round", round.orElse(null));
        model.addAttribute("open", round.map(r -> r.open(today)).orElse(false));
        model.addAttribute("signedIn", citizen.isPresent());
        model.addAttribute(
                "rated", round.isPresent() && citizen.isPresent() && ratings.hasRated(round.get(), citizen.get()));
        model.addAttribute("hamlets", ratings.hamlets(unit.code()));
        model.addAttribute("year", String.valueOf(today.getYear()));
        return "democracy/public-rating";
    }

    @PostMapping("/portal/oversight/{commune:\\d{5}}/rating")
    String rate(
            @PathVariable String commune,
            @ModelAttribute("rateForm") RateForm form,
            BindingResult binding,
            @Nullable Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AdministrativeUnit unit = commune(commune);
        Optional<Long> citizen = citizen(authentication);
        if (citizen.isEmpty()) {
            return "redirect:/portal/login";
        }
        limits.check(request, response);
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> ratings.rate(unit.code(), command, citizen.get(), today()),
                redirect,
                "oversight.notice.rated",
                "/portal/oversight/" + unit.code() + "/rating");
    }

    static Optional<Long> citizen(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CitizenPrincipal citizen) {
            return Optional.of(citizen.citizenId());
        }
        return Optional.empty();
    }

    private AdministrativeUnit commune(String code) {
        return organization.commune(code).orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
