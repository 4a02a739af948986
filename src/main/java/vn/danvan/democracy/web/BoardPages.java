package vn.danvan.democracy.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.BoardCommands.PlanPeriod;
import vn.danvan.democracy.BoardCommands.Position;
import vn.danvan.democracy.BoardKind;
import vn.danvan.democracy.BoardRegistry;
import vn.danvan.democracy.RatingRounds;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionRecommendations;
import vn.danvan.democracy.SupervisionSteps;
import vn.danvan.democracy.domain.Board;
import vn.danvan.democracy.web.SupervisionForms.BoardForm;
import vn.danvan.democracy.web.SupervisionForms.FindingForm;
import vn.danvan.democracy.web.SupervisionForms.MemberForm;
import vn.danvan.democracy.web.SupervisionForms.MilestoneForm;
import vn.danvan.democracy.web.SupervisionForms.PlanForm;
import vn.danvan.democracy.web.SupervisionForms.RecommendationForm;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/**
 * Staff pages of oversight: the overview (boards, the Front's plans, overdue recommendations, ratings) and a board
 * with its members, plans, findings, milestones and recommendations.
 */
@Controller
@RenderedPages
class BoardPages {

    private final BoardRegistry boards;
    private final SupervisionRecommendations recommendations;
    private final SupervisionSteps steps;
    private final RatingRounds ratings;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final Clock clock;

    BoardPages(
            BoardRegistry boards,
            SupervisionRecommendations recommendations,
            SupervisionSteps steps,
            RatingRounds ratings,
            OrganizationDirectory organization,
            Validator validator,
            Clock clock) {
        this.boards = boards;
        this.recommendations = recommendations;
        this.steps = steps;
        this.ratings = ratings;
        this.organization = organization;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder({"boardForm", "memberForm", "planForm", "findingForm", "milestoneForm", "recommendationForm"})
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("today", today());
        model.addAttribute("boardKinds", BoardKind.values());
        model.addAttribute("memberRoles", MemberRole.values());
        model.addAttribute("positions", Position.values());
        model.addAttribute("planPeriods", PlanPeriod.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("bodyNames", organization.bodyNames());
    }

    @GetMapping("/oversight")
    String overview(StaffMember staff, Model model) {
        LocalDate today = today();
        List<Board> inScope = boards.boardsInScope(staff);
        model.addAttribute("boards", inScope);
        model.addAttribute(
                "compositions",
                inScope.stream().collect(java.util.stream.Collectors.toMap(Board::id, boards::composition)));
        model.addAttribute("fronts", boards.frontsInScope(staff));
        model.addAttribute(
                "communeFronts",
                boards.frontsInScope(staff).stream()
                        .filter(b -> b.communeCode() != null)
                        .toList());
        model.addAttribute("addressees", addressees(staff));
        model.addAttribute("plans", steps.plansInScope(staff));
        model.addAttribute("overdue", recommendations.list(staff, true, today).size());
        model.addAttribute("rounds", ratings.roundsInScope(staff).size());
        BoardForm form = new BoardForm();
        form.termFrom = today;
        form.termTo = today.plusYears(5).minusDays(1);
        Forms.add(model, "boardForm", form);
        SupervisionForms.PlanOfYearForm plan = new SupervisionForms.PlanOfYearForm();
        plan.year = today.getYear();
        Forms.add(model, "planOfYearForm", plan);
        return "democracy/oversight";
    }

    @PostMapping("/oversight/boards")
    String create(
            @ModelAttribute("boardForm") BoardForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.create(
                binding,
                validator,
                form::toCommand,
                command -> boards.create(command, staff),
                redirect,
                "oversight.notice.board-created",
                "/oversight",
                "/oversight/boards/");
    }

    @GetMapping("/oversight/boards/{id}")
    String board(@PathVariable long id, StaffMember staff, Model model) {
        Board board = boards.board(id, staff);
        LocalDate today = today();
        model.addAttribute("board", board);
        model.addAttribute("composition", boards.composition(board));
        model.addAttribute("members", boards.members(id));
        model.addAttribute("plans", boards.plans(id));
        model.addAttribute("findings", boards.findings(id));
        model.addAttribute("milestones", boards.milestones(id));
        model.addAttribute("recommendations", recommendations.ofBoard(id));
        model.addAttribute("timeline", boards.timeline(id));
        model.addAttribute("mayWork", staff.inScope(board.frontBodyId()));
        model.addAttribute("households", staff.inScope(board.frontBodyId()) ? householdsOf(board) : List.of());
        model.addAttribute("addressees", addressees(staff));
        model.addAttribute("allBodies", organization.bodies());
        MemberForm member = new MemberForm();
        member.joinedOn = today;
        member.declaredCommuneCode = board.communeCode();
        Forms.add(model, "memberForm", member);
        PlanForm plan = new PlanForm();
        plan.year = today.getYear();
        Forms.add(model, "planForm", plan);
        FindingForm finding = new FindingForm();
        finding.foundOn = today;
        Forms.add(model, "findingForm", finding);
        Forms.add(model, "milestoneForm", new MilestoneForm());
        RecommendationForm recommendation = new RecommendationForm();
        recommendation.addresseeBodyId = board.addresseeBodyId();
        recommendation.sentOn = today;
        Forms.add(model, "recommendationForm", recommendation);
        return "democracy/board";
    }

    @PostMapping("/oversight/boards/{id}/members")
    String addMember(
            @PathVariable long id,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> boards.addMember(id, command, staff),
                redirect,
                "oversight.notice.member-added",
                "/oversight/boards/" + id);
    }

    @PostMapping("/oversight/boards/{id}/plans")
    String addPlan(
            @PathVariable long id,
            @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> boards.addPlan(id, command, staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/boards/" + id);
    }

    @PostMapping("/oversight/boards/{id}/findings")
    String addFinding(
            @PathVariable long id,
            @ModelAttribute("findingForm") FindingForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> boards.addFinding(id, command, today(), staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/boards/" + id);
    }

    @PostMapping("/oversight/boards/{id}/milestones")
    String addMilestone(
            @PathVariable long id,
            @ModelAttribute("milestoneForm") MilestoneForm form,
            BindingResult binding,
            StaffMember staff,
            RedirectAttributes redirect) {
        return SupervisionForms.run(
                binding,
                validator,
                form::toCommand,
                command -> boards.addMilestone(id, command, staff),
                redirect,
                "oversight.notice.saved",
                "/oversight/boards/" + id);
    }

    @PostMapping("/oversight/boards/{id}/recommendations")
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
                command -> boards.recommend(id, command, today(), staff),
                redirect,
                "oversight.notice.recommendation-sent",
                "/oversight/boards/" + id);
    }

    /** The commune's register households, for choosing a member's household. */
    private List<Map<String, Object>> householdsOf(Board board) {
        return boards.households(board.communeCode()).stream()
                .map(h -> Map.<String, Object>of("id", h.id(), "label", h.label()))
                .toList();
    }

    /** The bodies a recommendation may go to: those of the communes in scope, in scope, and the provinces'. */
    private List<Body> addressees(StaffMember staff) {
        List<Body> all = organization.bodies();
        java.util.Set<String> communes = all.stream()
                .filter(b -> staff.inScope(b.id()))
                .map(Body::communeCode)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return all.stream()
                .filter(b -> b.kind() != vn.danvan.organization.BodyKind.FATHERLAND_FRONT)
                .filter(b -> staff.inScope(b.id())
                        || (b.communeCode() != null && communes.contains(b.communeCode()))
                        || b.level() == vn.danvan.organization.UnitLevel.PROVINCE)
                .limit(300)
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
