package vn.danvan.insight.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.DialogueFollowing;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.insight.HotspotBoard;
import vn.danvan.insight.HotspotLine;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionFigures.BodyDeadlines;
import vn.danvan.petition.PetitionFigures.HandlerCase;
import vn.danvan.petition.PetitionFigures.MonthFieldFigures;
import vn.danvan.petition.PetitionFigures.MonthFigures;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionQueries.DeadlineFlag;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.reception.ReceptionObligations;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.shared.RenderedPages;

/**
 * Where staff land after signing in: a section for each of their roles, each figure a link to the cases behind
 * it. Sections stand one after another in {@code insight/home.html}, so another (hot spots) is one more block.
 */
@Controller
@RenderedPages
class HomePages {

    /** How many months the trend shows, this one included. */
    static final int TREND_MONTHS = 12;

    private final PetitionFigures figures;
    private final PetitionQueries queries;
    private final ReceptionObligations obligations;
    private final ReceptionSchedule schedule;
    private final ReceptionLog log;
    private final DialogueRecording dialogues;
    private final CommitmentTracking commitments;
    private final DialogueFollowing following;
    private final OrganizationDirectory organization;
    private final HotspotBoard hotspots;
    private final TransactionTemplate snapshot;

    HomePages(
            PetitionFigures figures,
            PetitionQueries queries,
            ReceptionObligations obligations,
            ReceptionSchedule schedule,
            ReceptionLog log,
            DialogueRecording dialogues,
            CommitmentTracking commitments,
            DialogueFollowing following,
            OrganizationDirectory organization,
            HotspotBoard hotspots,
            PlatformTransactionManager transactions) {
        this.figures = figures;
        this.queries = queries;
        this.obligations = obligations;
        this.schedule = schedule;
        this.log = log;
        this.dialogues = dialogues;
        this.commitments = commitments;
        this.following = following;
        this.organization = organization;
        this.hotspots = hotspots;
        // One read-only transaction for every section instead of one each (a dozen BEGIN/COMMIT round trips a
        // view). The default isolation: another level costs two more round trips (set and reset) a view.
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
    }

    @GetMapping("/home")
    String home(StaffMember staff, Model model) {
        snapshot.executeWithoutResult(status -> sections(staff, model));
        return "insight/home";
    }

    private void sections(StaffMember staff, Model model) {
        LocalDate today = figures.today();
        model.addAttribute("today", today);
        List<Body> bodies = organization.bodies();
        model.addAttribute("bodyNames", bodies.stream().collect(Collectors.toUnmodifiableMap(Body::id, Body::name)));
        model.addAttribute(
                "fieldNames",
                queries.fields().stream()
                        .collect(Collectors.toMap(PetitionQueries.Field::code, PetitionQueries.Field::nameVi)));
        Set<Long> scope = bodies.stream().map(Body::id).filter(staff::inScope).collect(Collectors.toSet());
        boolean head = staff.has(Role.HEAD_OF_BODY) || staff.has(Role.ADMINISTRATOR);
        model.addAttribute("head", head);
        if (head) {
            headOfBody(staff, scope, today, model);
            model.addAttribute(
                    "hotspots",
                    hotspots.top(staff, 5).stream().filter(HotspotLine::hot).toList());
            model.addAttribute("hotspotsComputedAt", HotspotPages.computedAt(hotspots));
        }
        model.addAttribute("handler", staff.has(Role.CASE_HANDLER));
        if (staff.has(Role.CASE_HANDLER)) {
            List<HandlerCase> mine = figures.handlerCases(staff, 200);
            model.addAttribute(
                    "myCases", mine.stream().collect(Collectors.groupingBy(HandlerCase::flag, Collectors.toList())));
            model.addAttribute("flags", List.of(DeadlineFlag.OVERDUE, DeadlineFlag.NEAR, DeadlineFlag.ON_TRACK));
        }
        model.addAttribute("receptionOfficer", staff.has(Role.RECEPTION_OFFICER));
        if (staff.has(Role.RECEPTION_OFFICER)) {
            model.addAttribute("sessionsToday", schedule.sessions(scope, today, today));
            model.addAttribute("visitsToday", log.visits(scope, today, today, 50));
            model.addAttribute("visitsLate", log.overdue(scope, today, 20));
        }
        model.addAttribute("front", staff.has(Role.MOBILISATION_STAFF));
        if (staff.has(Role.MOBILISATION_STAFF)) {
            Set<Long> followed = following.followedBodies(staff);
            model.addAttribute("dialoguesThisYear", dialogues.dialogues(followed, today.getYear()));
            model.addAttribute("commitmentsFollowed", commitments.ledger(followed, null, false, today));
            model.addAttribute("commitmentsLate", commitments.ledger(followed, null, true, today));
        }
    }

    private void headOfBody(StaffMember staff, Set<Long> scope, LocalDate today, Model model) {
        List<BodyDeadlines> byBody = figures.deadlinesByBody(staff);
        model.addAttribute("deadlinesByBody", byBody);
        model.addAttribute(
                "overdueTotal",
                byBody.stream().mapToLong(BodyDeadlines::overdue).sum());
        model.addAttribute(
                "nearTotal", byBody.stream().mapToLong(BodyDeadlines::near).sum());
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(TREND_MONTHS - 1L);
        List<MonthFieldFigures> cells = figures.monthlyByField(staff, from, to);
        List<MonthFigures> months = PetitionFigures.months(cells, from, to);
        model.addAttribute("months", months);
        model.addAttribute("fieldCounts", PetitionFigures.fields(cells));
        Map<String, Long> onTime = months.stream()
                .collect(Collectors.toMap(
                        m -> m.month().toString(),
                        m -> m.resolved() == 0 ? -1L : Math.round(100.0 * m.resolvedOnTime() / m.resolved()),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        model.addAttribute("onTimePercent", onTime);
        model.addAttribute("standings", obligations.standings(scope, today, today, staff));
        model.addAttribute(
                "commitmentsOverdue", commitments.ledger(following.followedBodies(staff), null, true, today));
    }
}
