package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.SupervisionCommands.AddSession;
import vn.danvan.democracy.SupervisionCommands.CreatePlan;
import vn.danvan.democracy.SupervisionCommands.CreateSupervision;
import vn.danvan.democracy.SupervisionCommands.RecordStep;
import vn.danvan.democracy.SupervisionCommands.SendRecommendation;
import vn.danvan.democracy.domain.Supervision;
import vn.danvan.democracy.domain.SupervisionEvent;
import vn.danvan.democracy.domain.SupervisionPolicy;
import vn.danvan.democracy.domain.SupervisionRules;
import vn.danvan.democracy.persistence.SupervisionRecords;
import vn.danvan.democracy.persistence.SupervisionRecords.Plan;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * The Front's supervision (Luật MTTQ 2015 Đ.25–30; NQLT 403/2017): the year's plan, a supervision of one body by a
 * team, the decision sent at least 15 days before the first session, the supervised body's report at least 7 days
 * before, the sessions, the team's report within 15 days of the last, then recommendations to the supervised body
 * and the body above it, tracked by {@link SupervisionRecommendations}. Each step is dated; a step later than its
 * rule is recorded all the same and flagged, on the page and on the timeline.
 */
@Service
@Transactional
public class SupervisionSteps {

    static final String SUBJECT = "SUPERVISION";

    private final SupervisionRecords records;
    private final SupervisionRecommendations recommendations;
    private final SupervisionRules rules;
    private final SupervisionPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    SupervisionSteps(
            SupervisionRecords records,
            SupervisionRecommendations recommendations,
            SupervisionRules rules,
            SupervisionPolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.records = records;
        this.recommendations = recommendations;
        this.rules = rules;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public long createPlan(CreatePlan command, StaffMember staff) {
        Body front = SupervisionPolicy.requireFront(organization
                .body(command.frontBodyId())
                .orElseThrow(() -> DomainException.invalid("oversight.body-unknown")));
        policy.requireScope(staff, front.id(), "body", front.id());
        LawfulDates.checkYear(command.year());
        long id = records.addPlan(command, staff.username());
        audit.record(
                "oversight.supervision-plan-created",
                "supervision_plan",
                id,
                Map.of("front", front.id(), "year", command.year()));
        return id;
    }

    public long create(long planId, CreateSupervision command, StaffMember staff) {
        Plan plan = records.plan(planId).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        policy.requireScope(staff, plan.frontBodyId(), "supervision_plan", planId);
        Body supervised = organization
                .body(command.supervisedBodyId())
                .orElseThrow(() -> DomainException.invalid("oversight.body-unknown"));
        if (supervised.kind() == BodyKind.FATHERLAND_FRONT) {
            throw DomainException.invalid("oversight.front-supervises-itself");
        }
        LawfulDates.check(command.firstSessionOn());
        if (command.firstSessionOn().getYear() != plan.year()) {
            throw DomainException.invalid("oversight.session-outside-plan-year", String.valueOf(plan.year()));
        }
        long id = records.addSupervision(plan, command, staff.username());
        records.recordEvent(
                SUBJECT,
                id,
                "CREATED",
                staff.username(),
                supervised.name() + " · buổi làm việc đầu tiên " + command.firstSessionOn());
        audit.record(
                "oversight.supervision-created",
                "supervision",
                id,
                Map.of(
                        "plan",
                        planId,
                        "supervised",
                        supervised.id(),
                        "firstSession",
                        command.firstSessionOn().toString()));
        return id;
    }

    /** Dates a step; late or not, it is recorded, and the timeline says when it was late. */
    public Supervision recordStep(long id, RecordStep command, LocalDate today, StaffMember staff) {
        Supervision before = locked(id, staff);
        LawfulDates.check(command.on());
        before.checkStep(command.step(), command.on(), today);
        records.recordStep(id, command.step(), command.on());
        Supervision after = records.supervision(id).orElseThrow();
        Supervision.StepCheck check = after.checks(rules, today).stream()
                .filter(c -> c.step().equals(command.step().name()))
                .findFirst()
                .orElseThrow();
        records.recordEvent(
                SUBJECT,
                id,
                command.step().name(),
                staff.username(),
                command.on() + (check.late() ? " · trễ so với hạn " + check.due() : ""));
        audit.record(
                "oversight.supervision-step",
                "supervision",
                id,
                Map.of("step", command.step().name(), "on", command.on().toString(), "late", check.late()));
        return after;
    }

    public Supervision addSession(long id, AddSession command, LocalDate today, StaffMember staff) {
        Supervision before = locked(id, staff);
        LawfulDates.check(command.heldOn());
        if (command.heldOn().isAfter(today)) {
            throw DomainException.invalid("oversight.date-future");
        }
        if (before.teamReportOn() != null) {
            throw DomainException.conflict("oversight.session-after-report");
        }
        long session = records.addSession(id, command);
        records.recordEvent(SUBJECT, id, "SESSION", staff.username(), command.heldOn() + " · " + command.place());
        audit.record(
                "oversight.supervision-session",
                "supervision",
                id,
                Map.of("session", session, "on", command.heldOn().toString()));
        return records.supervision(id).orElseThrow();
    }

    /** A recommendation after the team's report, to the supervised body or the body above it. */
    public long recommend(long id, SendRecommendation command, LocalDate today, StaffMember staff) {
        Supervision supervision = locked(id, staff);
        if (supervision.teamReportOn() == null) {
            throw DomainException.conflict("oversight.recommend-after-report");
        }
        if (command.sentOn().isBefore(supervision.teamReportOn())) {
            throw DomainException.invalid("oversight.recommend-before-report");
        }
        Body supervised = organization.body(supervision.supervisedBodyId()).orElseThrow();
        long recommendation = recommendations.send(
                "FRONT_SUPERVISION", null, id, supervised.communeCode(), command, today, staff.username());
        records.recordEvent(SUBJECT, id, "RECOMMENDATION_SENT", staff.username(), "#" + recommendation);
        return recommendation;
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Supervision supervision(long id, StaffMember staff) {
        Supervision supervision =
                records.supervision(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        if (!SupervisionPolicy.mayAct(staff, supervision.frontBodyId(), supervision.supervisedBodyId())) {
            throw DomainException.forbidden("oversight.out-of-scope");
        }
        return supervision;
    }

    @Transactional(readOnly = true)
    public List<Supervision.StepCheck> checks(Supervision supervision, LocalDate today) {
        return supervision.checks(rules, today);
    }

    @Transactional(readOnly = true)
    public List<Plan> plansInScope(StaffMember staff) {
        return records.plans(organization.bodies().stream()
                .filter(b -> b.kind() == BodyKind.FATHERLAND_FRONT)
                .map(Body::id)
                .filter(staff::inScope)
                .toList());
    }

    @Transactional(readOnly = true)
    public Plan plan(long id, StaffMember staff) {
        Plan plan = records.plan(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        if (!staff.inScope(plan.frontBodyId())) {
            throw DomainException.forbidden("oversight.out-of-scope");
        }
        return plan;
    }

    @Transactional(readOnly = true)
    public List<Supervision> supervisions(long planId) {
        return records.supervisions(planId);
    }

    @Transactional(readOnly = true)
    public List<Supervision.Session> sessions(long id) {
        return records.sessions(id);
    }

    @Transactional(readOnly = true)
    public List<SupervisionEvent> timeline(long id) {
        return records.timeline(SUBJECT, id);
    }

    private Supervision locked(long id, StaffMember staff) {
        Supervision supervision =
                records.lockSupervision(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        policy.requireScope(staff, supervision.frontBodyId(), "supervision", id);
        return supervision;
    }
}
