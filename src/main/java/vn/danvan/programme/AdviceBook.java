package vn.danvan.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.dialogue.DialogueFacts;
import vn.danvan.insight.HotspotBoard;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.AdviceCommands.AddAdviceTask;
import vn.danvan.programme.AdviceCommands.CompleteAdviceTask;
import vn.danvan.programme.AdviceCommands.DraftAdvice;
import vn.danvan.programme.AdviceCommands.RecordDecision;
import vn.danvan.programme.AdviceCommands.SendAdvice;
import vn.danvan.programme.domain.Advice;
import vn.danvan.programme.domain.AdviceEvidence;
import vn.danvan.programme.domain.AdviceTask;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.domain.ReviewFigures;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.programme.persistence.Advices;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * Advice to the Party committee (tham mưu, đề xuất; QĐ 23-QĐ/TW 2021): a body's proposal with its evidence drawn from
 * the platform — the review figures of the body and the bodies under it, the hot spots, the overdue commitments —
 * frozen when it is sent; then the committee's decision and the follow-up tasks it set, each reported done by its
 * owner. The proposing body and the committee see it; every change is on the timeline and audited.
 */
@Service
@Transactional
public class AdviceBook {

    static final String SUBJECT = "advice";

    /** How many hot spots and overdue commitments a proposal quotes. */
    static final int HOTSPOTS_QUOTED = 5;

    static final int COMMITMENTS_QUOTED = 20;

    private final Advices advices;
    private final Plans timelines;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final ReviewFigures figures;
    private final HotspotBoard hotspots;
    private final DialogueFacts dialogues;
    private final AuditTrail audit;

    AdviceBook(
            Advices advices,
            Plans timelines,
            PlanPolicy policy,
            OrganizationDirectory organization,
            ReviewFigures figures,
            HotspotBoard hotspots,
            DialogueFacts dialogues,
            AuditTrail audit) {
        this.advices = advices;
        this.timelines = timelines;
        this.policy = policy;
        this.organization = organization;
        this.figures = figures;
        this.hotspots = hotspots;
        this.dialogues = dialogues;
        this.audit = audit;
    }

    public Advice draft(DraftAdvice command, StaffMember staff) {
        organization
                .body(command.committeeBodyId())
                .orElseThrow(() -> DomainException.invalid("advice.committee-unknown"));
        policy.requirePlanner(staff, command.bodyId());
        LawfulDates.check(command.evidenceFrom());
        LawfulDates.check(command.evidenceTo());
        Advice.checkDraft(command.bodyId(), command.committeeBodyId(), command.evidenceFrom(), command.evidenceTo());
        long id = advices.add(command, staff.username());
        timelines.recordEvent(SUBJECT, id, "ADVICE_DRAFTED", command.title(), staff.username());
        audit.record(
                "advice.drafted",
                SUBJECT,
                id,
                Map.of("body", command.bodyId(), "committee", command.committeeBodyId()));
        return advices.find(id).orElseThrow();
    }

    /** Sends the proposal: its evidence is counted now and kept with it. */
    public Advice send(long id, SendAdvice command, LocalDate today, StaffMember staff) {
        Advice advice = locked(id, staff);
        policy.requirePlanner(staff, advice.bodyId());
        LawfulDates.check(command.sentOn());
        advice.checkSend(command.sentOn(), today);
        AdviceEvidence evidence = count(advice, command.sentOn(), staff);
        advices.send(id, command.sentOn(), evidence);
        timelines.recordEvent(SUBJECT, id, "ADVICE_SENT", command.sentOn().toString(), staff.username());
        audit.record(
                "advice.sent",
                SUBJECT,
                id,
                Map.of(
                        "on",
                        command.sentOn().toString(),
                        "hotspots",
                        evidence.hotspots().size(),
                        "overdueCommitments",
                        evidence.overdueCommitments().size()));
        return advices.find(id).orElseThrow();
    }

    /** The committee's decision, recorded by the proposing body or by the committee. */
    public Advice decide(long id, RecordDecision command, LocalDate today, StaffMember staff) {
        Advice advice = locked(id, staff);
        requireEitherPlanner(staff, advice);
        LawfulDates.check(command.decidedOn());
        advice.checkDecision(command.decidedOn(), today);
        advices.decide(id, command);
        timelines.recordEvent(
                SUBJECT, id, "DECIDED_" + command.outcome().name(), command.decisionNumber(), staff.username());
        audit.record(
                "advice.decided",
                SUBJECT,
                id,
                Map.of(
                        "outcome",
                        command.outcome().name(),
                        "on",
                        command.decidedOn().toString(),
                        "number",
                        command.decisionNumber()));
        return advices.find(id).orElseThrow();
    }

    public AdviceTask addTask(long id, AddAdviceTask command, StaffMember staff) {
        Advice advice = locked(id, staff);
        requireEitherPlanner(staff, advice);
        organization.body(command.ownerBodyId()).orElseThrow(() -> DomainException.invalid("advice.owner-unknown"));
        LawfulDates.check(command.dueOn());
        advice.checkTask(command.dueOn());
        long taskId = advices.addTask(id, command);
        timelines.recordEvent(SUBJECT, id, "TASK_ADDED", command.title(), staff.username());
        audit.record(
                "advice.task-added",
                "advice-task",
                taskId,
                Map.of(
                        "advice",
                        id,
                        "owner",
                        command.ownerBodyId(),
                        "due",
                        command.dueOn().toString()));
        return advices.tasks(id).stream()
                .filter(t -> t.id() == taskId)
                .findFirst()
                .orElseThrow();
    }

    /** The owner body reports a follow-up task done. */
    public AdviceTask completeTask(long taskId, CompleteAdviceTask command, LocalDate today, StaffMember staff) {
        AdviceTask task = advices.lockTask(taskId).orElseThrow(() -> DomainException.notFound("advice.task-unknown"));
        policy.requireScope(staff, task.ownerBodyId());
        Advice advice = advices.find(task.adviceId()).orElseThrow();
        LawfulDates.check(command.doneOn());
        LocalDate decidedOn = advice.decidedOn() == null ? today : advice.decidedOn();
        AdviceTask done = task.complete(command.doneOn(), command.result(), decidedOn, today);
        advices.completeTask(done);
        timelines.recordEvent(SUBJECT, advice.id(), "ADVICE_TASK_DONE", task.title(), staff.username());
        audit.record(
                "advice.task-done",
                "advice-task",
                taskId,
                Map.of("advice", advice.id(), "on", command.doneOn().toString()));
        return done;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Advice> advices(StaffMember staff) {
        return advices.of(staff.scope(), staff.allBodies());
    }

    /** The proposal, to a staff member of the proposing body or of the committee. */
    @Transactional(readOnly = true)
    public Advice advice(long id, StaffMember staff) {
        Advice advice = advices.find(id).orElseThrow(() -> DomainException.notFound("advice.unknown"));
        PlanPolicy.requireVisible(staff, List.of(advice.bodyId(), advice.committeeBodyId()));
        return advice;
    }

    /** The evidence: frozen when the proposal was sent, or counted now for a draft. */
    @Transactional(readOnly = true)
    public AdviceEvidence evidence(Advice advice, LocalDate today, StaffMember staff) {
        AdviceEvidence frozen = advice.evidence();
        return frozen != null ? frozen : count(advice, today, staff);
    }

    @Transactional(readOnly = true)
    public List<AdviceTask> tasks(long id, StaffMember staff) {
        advice(id, staff);
        return advices.tasks(id);
    }

    @Transactional(readOnly = true)
    public long adviceOfTask(long taskId, StaffMember staff) {
        long id = advices.adviceOfTask(taskId).orElseThrow(() -> DomainException.notFound("advice.task-unknown"));
        advice(id, staff);
        return id;
    }

    private AdviceEvidence count(Advice advice, LocalDate asOf, StaffMember staff) {
        Set<Long> bodies = organization.bodyWithSubordinates(advice.bodyId());
        var sections = figures.count(new ReviewPeriod(bodies, false, advice.evidenceFrom(), advice.evidenceTo()));
        var hot = hotspots.top(staff, HOTSPOTS_QUOTED).stream()
                .map(line -> new AdviceEvidence.Hotspot(
                        line.communeName(),
                        hotspots.fieldName(line.fieldCode(), false),
                        line.recent(),
                        line.history(),
                        line.hot()))
                .toList();
        var overdue = dialogues.overdueCommitments(bodies, asOf, COMMITMENTS_QUOTED).stream()
                .map(c -> new AdviceEvidence.OverdueCommitment(
                        c.commitmentId(), c.ownerName(), c.description(), c.dueOn()))
                .toList();
        return new AdviceEvidence(asOf, sections, hot, overdue);
    }

    private Advice locked(long id, StaffMember staff) {
        Advice advice = advices.lock(id).orElseThrow(() -> DomainException.notFound("advice.unknown"));
        PlanPolicy.requireVisible(staff, List.of(advice.bodyId(), advice.committeeBodyId()));
        return advice;
    }

    private void requireEitherPlanner(StaffMember staff, Advice advice) {
        if (!PlanPolicy.mayPlan(staff)) {
            throw DomainException.forbidden("plan.role-required");
        }
        PlanPolicy.requireVisible(staff, List.of(advice.bodyId(), advice.committeeBodyId()));
    }
}
