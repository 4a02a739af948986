package vn.danvan.democracy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.democracy.BoardRegistry;
import vn.danvan.democracy.SupervisionRecommendations;
import vn.danvan.democracy.SupervisionSteps;
import vn.danvan.democracy.domain.Board;
import vn.danvan.democracy.domain.Supervision;
import vn.danvan.democracy.domain.SupervisionRecommendation;
import vn.danvan.organization.StaffMember;

/**
 * Oversight for staff in scope, read-only: recommendations of every board with their status, a board with its
 * composition, a supervision of the Front with its steps checked against NQLT 403/2017. Errors are problem+json.
 */
@RestController
@RequestMapping("/api/v1/oversight")
@Tag(name = "Oversight", description = "Kiểm tra, giám sát (Luật THDCCS 2022 Đ.30–45; Luật MTTQ 2015; NQLT 403/2017)")
public class SupervisionApi {

    /** A recommendation as the API shows it. */
    public record RecommendationView(
            long id,
            String source,
            @Nullable Long boardId,
            @Nullable Long supervisionId,
            long addresseeBodyId,
            @Nullable Long superiorBodyId,
            String content,
            LocalDate sentOn,
            LocalDate dueOn,
            @Nullable LocalDate answeredOn,
            @Nullable String outcome,
            @Nullable String answer,
            @Nullable LocalDate closedOn,
            String status,
            String link) {

        static RecommendationView of(SupervisionRecommendation r, LocalDate today) {
            return new RecommendationView(
                    r.id(),
                    r.source(),
                    r.boardId(),
                    r.supervisionId(),
                    r.addresseeBodyId(),
                    r.superiorBodyId(),
                    r.content(),
                    r.sentOn(),
                    r.dueOn(),
                    r.answeredOn(),
                    r.outcome() == null ? null : r.outcome().name(),
                    r.answer(),
                    r.closedOn(),
                    r.status(today).name(),
                    "/oversight/recommendations/" + r.id());
        }
    }

    public record MemberView(String fullName, String role) {}

    public record BoardView(
            long id,
            String kind,
            String communeCode,
            String name,
            @Nullable String project,
            LocalDate termFrom,
            LocalDate termTo,
            int members,
            int membersRequired,
            boolean shortOfMembers,
            List<MemberView> currentMembers) {}

    public record StepView(
            String step, @Nullable LocalDate due, @Nullable LocalDate done, String state, boolean late) {}

    public record SupervisionView(
            long id,
            long frontBodyId,
            long supervisedBodyId,
            String subject,
            LocalDate firstSessionOn,
            List<StepView> steps,
            List<RecommendationView> recommendations) {}

    private final SupervisionRecommendations recommendations;
    private final BoardRegistry boards;
    private final SupervisionSteps steps;
    private final Clock clock;

    public SupervisionApi(
            SupervisionRecommendations recommendations, BoardRegistry boards, SupervisionSteps steps, Clock clock) {
        this.recommendations = recommendations;
        this.boards = boards;
        this.steps = steps;
        this.clock = clock;
    }

    @Operation(summary = "Recommendations sent by or to the bodies in the caller's scope, earliest due first")
    @GetMapping(value = "/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RecommendationView> recommendations(
            @Parameter(description = "Only those unanswered after their due day") @RequestParam(defaultValue = "false")
                    boolean overdue,
            StaffMember staff) {
        LocalDate today = LocalDate.now(clock);
        return recommendations.list(staff, overdue, today).stream()
                .map(r -> RecommendationView.of(r, today))
                .toList();
    }

    @Operation(summary = "One recommendation with its answer and status")
    @GetMapping(value = "/recommendations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public RecommendationView recommendation(@PathVariable long id, StaffMember staff) {
        return RecommendationView.of(recommendations.recommendation(id, staff), LocalDate.now(clock));
    }

    @Operation(summary = "A people's board with its current members and whether it has as many as the law asks")
    @GetMapping(value = "/boards/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public BoardView board(@PathVariable long id, StaffMember staff) {
        Board board = boards.board(id, staff);
        var composition = boards.composition(board);
        return new BoardView(
                board.id(),
                board.kind().name(),
                board.communeCode(),
                board.name(),
                board.project(),
                board.termFrom(),
                board.termTo(),
                composition.members(),
                composition.required(),
                composition.shortOfMembers(),
                boards.members(id).stream()
                        .map(m -> new MemberView(m.fullName(), m.role().name()))
                        .toList());
    }

    @Operation(summary = "A supervision of the Front with its steps checked against NQLT 403/2017")
    @GetMapping(value = "/supervisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public SupervisionView supervision(@PathVariable long id, StaffMember staff) {
        Supervision supervision = steps.supervision(id, staff);
        LocalDate today = LocalDate.now(clock);
        return new SupervisionView(
                supervision.id(),
                supervision.frontBodyId(),
                supervision.supervisedBodyId(),
                supervision.subject(),
                supervision.firstSessionOn(),
                steps.checks(supervision, today).stream()
                        .map(c -> new StepView(c.step(), c.due(), c.done(), c.state(), c.late()))
                        .toList(),
                recommendations.ofSupervision(id).stream()
                        .map(r -> RecommendationView.of(r, today))
                        .toList());
    }
}
