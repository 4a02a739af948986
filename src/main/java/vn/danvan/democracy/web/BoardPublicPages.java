package vn.danvan.democracy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.democracy.BoardRegistry;
import vn.danvan.democracy.RatingRounds;
import vn.danvan.democracy.SupervisionRecommendations;
import vn.danvan.democracy.domain.Board;
import vn.danvan.democracy.domain.RatingRound;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/**
 * The portal's page of a commune's oversight: its Ban Thanh tra nhân dân (members' names and roles only, no contact
 * details), its investment-supervision boards, their recommendations with the answers, and the published results of
 * the citizens' yearly rating.
 */
@Controller
@RenderedPages
class BoardPublicPages {

    private final BoardRegistry boards;
    private final SupervisionRecommendations recommendations;
    private final RatingRounds ratings;
    private final OrganizationDirectory organization;
    private final Clock clock;

    BoardPublicPages(
            BoardRegistry boards,
            SupervisionRecommendations recommendations,
            RatingRounds ratings,
            OrganizationDirectory organization,
            Clock clock) {
        this.boards = boards;
        this.recommendations = recommendations;
        this.ratings = ratings;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/portal/oversight/{commune:\\d{5}}")
    String commune(@PathVariable String commune, Model model) {
        AdministrativeUnit unit =
                organization.commune(commune).orElseThrow(() -> DomainException.notFound("democracy.commune-unknown"));
        LocalDate today = LocalDate.now(clock);
        Board inspection = boards.currentInspection(unit.code(), today);
        model.addAttribute("commune", unit);
        model.addAttribute("today", today);
        model.addAttribute("inspection", inspection);
        model.addAttribute("members", inspection == null ? java.util.List.of() : boards.members(inspection.id()));
        model.addAttribute("investmentBoards", boards.investmentBoards(unit.code()));
        model.addAttribute("recommendations", recommendations.publicOfCommune(unit.code()));
        model.addAttribute("bodyNames", organization.bodyNames());
        Map<RatingRound, RatingRound.Result> results = new LinkedHashMap<>();
        for (RatingRound round : ratings.published(unit.code())) {
            results.put(round, ratings.result(round));
        }
        model.addAttribute("results", results);
        model.addAttribute(
                "ratingOpen",
                ratings.round(unit.code(), today.getYear())
                        .map(r -> r.open(today))
                        .orElse(false));
        return "democracy/public-oversight";
    }
}
