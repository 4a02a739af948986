package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.SupervisionCommands.Answer;
import vn.danvan.democracy.SupervisionCommands.FollowUp;
import vn.danvan.democracy.SupervisionCommands.Reconsideration;
import vn.danvan.democracy.SupervisionCommands.SendRecommendation;
import vn.danvan.democracy.domain.SupervisionEvent;
import vn.danvan.democracy.domain.SupervisionPolicy;
import vn.danvan.democracy.domain.SupervisionRecommendation;
import vn.danvan.democracy.domain.SupervisionRules;
import vn.danvan.democracy.persistence.Boards;
import vn.danvan.democracy.persistence.SupervisionRecords;
import vn.danvan.notification.Mailings;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * The recommendations of the three boards — Ban Thanh tra nhân dân, community investment supervision, the Front's
 * supervision — followed in one way: sent with a due day from the rule table, answered by the addressee (accepted,
 * partly, rejected), followed up to closed; a request for reconsideration is recorded; overdue when unanswered after
 * the due day. The heads of the addressee (and of the body above, when one is named) get an e-mail when it is sent
 * and when it falls overdue. Every change is on the recommendation's timeline and in the audit trail.
 */
@Service
@Transactional
public class SupervisionRecommendations {

    static final String SUBJECT = "RECOMMENDATION";

    private final SupervisionRecords records;
    private final Boards boards;
    private final SupervisionRules rules;
    private final SupervisionPolicy policy;
    private final OrganizationDirectory organization;
    private final Mailings mailings;
    private final AuditTrail audit;

    SupervisionRecommendations(
            SupervisionRecords records,
            Boards boards,
            SupervisionRules rules,
            SupervisionPolicy policy,
            OrganizationDirectory organization,
            Mailings mailings,
            AuditTrail audit) {
        this.records = records;
        this.boards = boards;
        this.rules = rules;
        this.policy = policy;
        this.organization = organization;
        this.mailings = mailings;
        this.audit = audit;
    }

    /** Sends a recommendation of a board or a supervision; its owner was checked by the caller. */
    long send(
            String source,
            @Nullable Long boardId,
            @Nullable Long supervisionId,
            @Nullable String communeCode,
            SendRecommendation command,
            LocalDate today,
            String actor) {
        LawfulDates.check(command.sentOn());
        SupervisionRecommendation.checkSent(command.sentOn(), today);
        Body addressee = organization
                .body(command.addresseeBodyId())
                .orElseThrow(() -> DomainException.invalid("oversight.body-unknown"));
        Body superior = command.superiorBodyId() == null
                ? null
                : organization
                        .body(command.superiorBodyId())
                        .orElseThrow(() -> DomainException.invalid("oversight.body-unknown"));
        LocalDate due = rules.answerDue(command.sentOn());
        long id = records.addRecommendation(source, boardId, supervisionId, communeCode, command, due, actor);
        records.recordEvent(SUBJECT, id, "SENT", actor, command.sentOn() + " → " + addressee.name() + " · hạn " + due);
        audit.record(
                "oversight.recommendation-sent",
                "oversight_recommendation",
                id,
                Map.of("source", source, "addressee", addressee.id(), "due", due.toString()));
        String subject = "Kiến nghị cần trả lời trước ngày " + due;
        String body = "Kính gửi " + addressee.name() + ",\n\nĐã có kiến nghị sau kiểm tra, giám sát gửi đến cơ quan,"
                + " cần xem xét, trả lời trước ngày " + due + ".\n\n" + command.content() + "\n\n"
                + mailings.link("/oversight/recommendations/" + id);
        tell(addressee, "oversight-recommendation-" + id + "-sent", subject, body);
        if (superior != null) {
            tell(superior, "oversight-recommendation-" + id + "-sent-superior", subject, body);
        }
        return id;
    }

    public SupervisionRecommendation answer(long id, Answer command, LocalDate today, StaffMember staff) {
        SupervisionRecommendation before = locked(id);
        requireAddresseeOrOwner(staff, before);
        LawfulDates.check(command.answeredOn());
        before.checkAnswer(command.answeredOn(), today);
        records.answered(id, command);
        boolean late = command.answeredOn().isAfter(before.dueOn());
        records.recordEvent(
                SUBJECT,
                id,
                "ANSWERED",
                staff.username(),
                command.answeredOn() + " · " + command.outcome().name() + (late ? " · trễ hạn" : ""));
        audit.record(
                "oversight.recommendation-answered",
                "oversight_recommendation",
                id,
                Map.of(
                        "on",
                        command.answeredOn().toString(),
                        "outcome",
                        command.outcome().name(),
                        "late",
                        late));
        return records.recommendation(id).orElseThrow();
    }

    public SupervisionRecommendation followUp(long id, FollowUp command, LocalDate today, StaffMember staff) {
        SupervisionRecommendation before = locked(id);
        policy.requireScope(staff, owner(before), "oversight_recommendation", id);
        LawfulDates.check(command.on());
        before.checkFollowUp(command.on(), today);
        records.followedUp(id, command);
        records.recordEvent(SUBJECT, id, command.closed() ? "CLOSED" : "FOLLOWED_UP", staff.username(), command.note());
        audit.record(
                "oversight.recommendation-followed-up",
                "oversight_recommendation",
                id,
                Map.of("on", command.on().toString(), "closed", command.closed()));
        return records.recommendation(id).orElseThrow();
    }

    public SupervisionRecommendation reconsider(long id, Reconsideration command, LocalDate today, StaffMember staff) {
        SupervisionRecommendation before = locked(id);
        policy.requireScope(staff, before.addresseeBodyId(), "oversight_recommendation", id);
        LawfulDates.check(command.on());
        before.checkReconsideration(command.on(), today);
        records.reconsiderationAsked(id, command);
        records.recordEvent(SUBJECT, id, "RECONSIDERATION_ASKED", staff.username(), command.reason());
        audit.record(
                "oversight.reconsideration-asked",
                "oversight_recommendation",
                id,
                Map.of("on", command.on().toString()));
        return records.recommendation(id).orElseThrow();
    }

    /** Flags, once, every unanswered recommendation past its due day and tells the addressee's heads. */
    public int flagOverdue(LocalDate today) {
        List<SupervisionRecommendation> overdue = records.overdueUnflagged(today);
        for (SupervisionRecommendation recommendation : overdue) {
            long id = recommendation.id();
            records.flagOverdue(id, today);
            records.recordEvent(SUBJECT, id, "OVERDUE", "system", "hạn " + recommendation.dueOn());
            audit.record(
                    "oversight.recommendation-overdue",
                    "oversight_recommendation",
                    id,
                    Map.of("due", recommendation.dueOn().toString()));
            organization
                    .body(recommendation.addresseeBodyId())
                    .ifPresent(addressee -> tell(
                            addressee,
                            "oversight-recommendation-" + id + "-overdue",
                            "Kiến nghị quá hạn trả lời (hạn " + recommendation.dueOn() + ")",
                            "Kính gửi " + addressee.name() + ",\n\nKiến nghị gửi ngày " + recommendation.sentOn()
                                    + " đã quá hạn trả lời (hạn " + recommendation.dueOn() + ").\n\n"
                                    + recommendation.content() + "\n\n"
                                    + mailings.link("/oversight/recommendations/" + id)));
        }
        return overdue.size();
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public SupervisionRecommendation recommendation(long id, StaffMember staff) {
        SupervisionRecommendation found =
                records.recommendation(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        List<Long> involved = new ArrayList<>(List.of(found.addresseeBodyId(), owner(found)));
        if (found.superiorBodyId() != null) {
            involved.add(found.superiorBodyId());
        }
        if (involved.stream().noneMatch(staff::inScope)) {
            throw DomainException.forbidden("oversight.out-of-scope");
        }
        return found;
    }

    /** Recommendations sent by or to the bodies in the staff member's scope; only the overdue when asked. */
    @Transactional(readOnly = true)
    public List<SupervisionRecommendation> list(StaffMember staff, boolean overdueOnly, LocalDate today) {
        List<Long> bodies = organization.bodies().stream()
                .map(Body::id)
                .filter(staff::inScope)
                .toList();
        return records.involving(bodies, overdueOnly ? today : null, 500);
    }

    @Transactional(readOnly = true)
    public List<SupervisionRecommendation> ofBoard(long boardId) {
        return records.ofBoard(boardId);
    }

    @Transactional(readOnly = true)
    public List<SupervisionRecommendation> ofSupervision(long supervisionId) {
        return records.ofSupervision(supervisionId);
    }

    /** What the portal shows of a commune: its boards' recommendations and the answers. */
    @Transactional(readOnly = true)
    public List<SupervisionRecommendation> publicOfCommune(String communeCode) {
        return records.ofCommuneBoards(communeCode, 200);
    }

    @Transactional(readOnly = true)
    public List<SupervisionEvent> timeline(long id) {
        return records.timeline(SUBJECT, id);
    }

    /** The Front body that owns the recommendation: its board's or its supervision's. */
    @Transactional(readOnly = true)
    public long owner(SupervisionRecommendation recommendation) {
        Optional<Long> front = recommendation.boardId() != null
                ? boards.find(recommendation.boardId()).map(b -> b.frontBodyId())
                : records.supervision(java.util.Objects.requireNonNull(recommendation.supervisionId()))
                        .map(s -> s.frontBodyId());
        return front.orElseThrow();
    }

    public boolean mayAnswer(StaffMember staff, SupervisionRecommendation recommendation) {
        return SupervisionPolicy.mayAct(staff, recommendation.addresseeBodyId(), owner(recommendation));
    }

    private void requireAddresseeOrOwner(StaffMember staff, SupervisionRecommendation recommendation) {
        if (!mayAnswer(staff, recommendation)) {
            policy.requireScope(
                    staff, recommendation.addresseeBodyId(), "oversight_recommendation", recommendation.id());
        }
    }

    private SupervisionRecommendation locked(long id) {
        return records.lockRecommendation(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
    }

    private void tell(Body body, String key, String subject, String text) {
        for (var head : organization.staffContacts(body.id(), EnumSet.of(Role.HEAD_OF_BODY))) {
            mailings.email(key, head.email(), subject, text);
        }
    }
}
