package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.DeadlineRule;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionHandling;
import vn.danvan.petition.domain.PetitionHandling.Change;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.PetitionPolicy.Action;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.DomainException;

/**
 * The legal paths of a complaint besides its plain resolution (docs/law/rules.md A1 rows 3, 4, 4a, 4b, 4c, 7; A3; A4): the
 * facts its acceptance turns on (subject, time bar, second-complaint window, signatures of a group), the written
 * determination of complexity (shared with denunciations), suspension, resumption and termination, withdrawal, and
 * the sending of its decisions. Each change is audited and on the timeline through {@link PetitionHandling}.
 */
@Service
@Transactional
public class ComplaintProceedings {

    private final PetitionHandling changes;
    private final Petitions petitions;
    private final Deadlines deadlines;
    private final PetitionPolicy policy;

    ComplaintProceedings(PetitionHandling changes, Petitions petitions, Deadlines deadlines, PetitionPolicy policy) {
        this.changes = changes;
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.policy = policy;
    }

    /** Records, while the complaint awaits processing, what its acceptance turns on. */
    public PetitionReference recordParticulars(long petitionId, ComplaintParticulars particulars, StaffMember staff) {
        for (ComplaintParticulars.Obstacle obstacle : particulars.obstacleList()) {
            if (obstacle == null || obstacle.from() == null || obstacle.to() == null || obstacle.reason() == null) {
                throw DomainException.invalid("complaint.obstacle-incomplete");
            }
            if (obstacle.reason().isBlank()) {
                throw DomainException.invalid("complaint.obstacle-reason-required");
            }
        }
        return PetitionIntake.reference(changes.apply(
                petitionId,
                staff,
                Action.PROCESS,
                Change.PARTICULARS_RECORDED,
                p -> p.recordParticulars(particulars, deadlines.today())));
    }

    /**
     * Declares the case complex or especially complex, in writing with its criteria (NĐ 124/2020 Đ.3a), at acceptance
     * or before its resolution deadline runs out; a complaint being resolved takes the complex period at once.
     */
    public PetitionReference declareComplexity(long petitionId, DeclareComplexity command, StaffMember staff) {
        LocalDate on = notInFuture(command.declaredOn());
        String reason = required(command.reason(), "petition.complexity-reason-required");
        Set<ComplexityCriterion> criteria = command.criteria() == null ? Set.of() : command.criteria();
        if (criteria.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("petition.complexity-criteria-required");
        }
        return PetitionIntake.reference(changes.apply(
                petitionId, staff, Action.PROCESS, Change.COMPLEXITY_DECLARED, p -> {
                    if (p.state() == PetitionState.ACCEPTED) {
                        policy.require(staff, Action.RESOLVE, p.bodyId());
                    }
                    LocalDate complexDue = null;
                    LocalDate from = periodStart(p);
                    if (p.type() == PetitionType.COMPLAINT && from != null) {
                        complexDue = deadlines.resolutionDue(
                                p.type(), p.instance(), p.subject(), p.remoteArea(), true, from);
                    }
                    p.declareComplexity(command.complexity(), criteria, reason, on, complexDue);
                }));
    }

    /** Tạm đình chỉ (Luật Khiếu nại Đ.11a): the period stops; the decision goes out within 3 working days. */
    public PetitionReference suspend(long petitionId, SuspendComplaint command, StaffMember staff) {
        LocalDate on = notInFuture(command.issuedOn());
        String reason = required(command.reason(), "complaint.reason-required");
        return PetitionIntake.reference(changes.apply(
                petitionId,
                staff,
                Action.RESOLVE,
                Change.SUSPENDED,
                p -> p.suspend(
                        on,
                        command.ground(),
                        reason,
                        deadlines.decisionSendingDue(DecisionKind.SUSPENSION, p.instance(), on))));
    }

    /** Quyết định tiếp tục giải quyết: the resolution period restarts, in full, from this decision. */
    public PetitionReference resume(long petitionId, ResumeComplaint command, StaffMember staff) {
        LocalDate on = notInFuture(command.issuedOn());
        String reason = required(command.reason(), "complaint.reason-required");
        return PetitionIntake.reference(changes.apply(petitionId, staff, Action.RESOLVE, Change.RESUMED, p -> {
            LocalDate newDue = deadlines.resolutionDue(
                    p.type(),
                    p.instance(),
                    p.subject(),
                    p.remoteArea(),
                    p.complexity().complex(),
                    on);
            p.resume(on, reason, newDue, deadlines.decisionSendingDue(DecisionKind.RESUMPTION, p.instance(), on));
        }));
    }

    /** Đình chỉ (Luật Khiếu nại Đ.11a): the case ends with its ground. */
    public PetitionReference terminate(long petitionId, TerminateComplaint command, StaffMember staff) {
        LocalDate on = notInFuture(command.issuedOn());
        String reason = required(command.reason(), "complaint.reason-required");
        return PetitionIntake.reference(changes.apply(
                petitionId,
                staff,
                Action.RESOLVE,
                Change.TERMINATED,
                p -> p.terminate(
                        on,
                        command.ground(),
                        reason,
                        deadlines.decisionSendingDue(DecisionKind.TERMINATION, p.instance(), on))));
    }

    /**
     * Rút khiếu nại: the resolution goes on for the complainants who did not withdraw; when all of them withdrew the
     * whole complaint it is terminated (NĐ 124/2020 Đ.7a(2)), and the termination is what is audited and published.
     */
    public PetitionReference withdraw(long petitionId, WithdrawComplaint command, StaffMember staff) {
        LocalDate on = notInFuture(command.withdrawnOn());
        Petition petition = changes.apply(
                petitionId,
                staff,
                Action.RESOLVE,
                Change.WITHDRAWN,
                p -> p.withdraw(
                        on,
                        command.people(),
                        command.content(),
                        command.coerced(),
                        deadlines.decisionSendingDue(DecisionKind.TERMINATION, p.instance(), on)));
        if (petition.state() == PetitionState.RESOLVED) {
            changes.recorded(petition, PetitionState.ACCEPTED, Change.TERMINATED, on);
        }
        return PetitionIntake.reference(petition);
    }

    /** Records that the last decision was sent to the parties; the view flags it when it went out late. */
    public PetitionReference recordDecisionSent(long petitionId, RecordDecisionSent command, StaffMember staff) {
        LocalDate on = notInFuture(command.sentOn());
        return PetitionIntake.reference(
                changes.apply(petitionId, staff, Action.RESOLVE, Change.DECISION_SENT, p -> p.decisionSent(on)));
    }

    /**
     * The time limits a complaint must have been lodged within (Luật Khiếu nại Đ.9, 33, 48, 50): the time bar of a
     * first complaint from the day its decision or act was received or learned of, and the window of a second one
     * from the day the first decision was received, or the first-instance deadline ran out without one. Null where
     * the fact it is counted from is not recorded.
     */
    public record TimeLimits(
            @Nullable LocalDate timeBarEnds, @Nullable LocalDate secondWindowEnds) {}

    public TimeLimits timeLimits(Petition p) {
        if (p.type() != PetitionType.COMPLAINT) {
            return new TimeLimits(null, null);
        }
        LocalDate timeBar = null;
        LocalDate learned = p.learnedOn();
        if (learned != null && p.instance() == Instance.FIRST) {
            timeBar = deadlines.timeBarEnds(p.subject(), Instance.FIRST, p.dismissal(), learned, p.obstacleDays());
        }
        LocalDate window = null;
        LocalDate windowStart = secondWindowStart(p);
        if (windowStart != null) {
            window = deadlines.secondComplaintWindowEnds(
                    p.subject(), p.dismissal(), p.remoteArea(), windowStart, p.obstacleDays());
        }
        return new TimeLimits(timeBar, window);
    }

    /**
     * The day the window of a second complaint runs from: the day the complainant received the first decision
     * (recorded on this complaint, else the day the first body sent it, else the day it was issued), or, with no first
     * decision, the day the first-instance deadline ran out.
     */
    private @Nullable LocalDate secondWindowStart(Petition p) {
        if (p.instance() != Instance.SECOND) {
            return null;
        }
        if (p.firstDecisionReceivedOn() != null) {
            return p.firstDecisionReceivedOn();
        }
        Long relatedId = p.relatedPetitionId();
        if (relatedId == null || p.relation() != Relation.SECOND_INSTANCE_OF) {
            return null;
        }
        Petition first = petitions.find(relatedId).orElse(null);
        if (first == null) {
            return null;
        }
        if (first.resolvedOn() != null) {
            return first.decisionSentOn() != null ? first.decisionSentOn() : first.resolvedOn();
        }
        return first.resolutionDue();
    }

    /** Where the resolution period of an accepted case runs from: its resumption, else its acceptance. */
    private static @Nullable LocalDate periodStart(Petition p) {
        if (p.state() != PetitionState.ACCEPTED) {
            return null;
        }
        LocalDate resumed = p.complaintRecord().resumedOn();
        return resumed != null ? resumed : p.decidedOn();
    }

    /** What the case page and the API show of a complaint's (or denunciation's) legal paths. */
    public record ComplaintView(
            long petitionId,
            PetitionType type,
            Complexity complexity,
            Set<ComplexityCriterion> complexityCriteria,
            @Nullable String complexityReason,
            @Nullable LocalDate complexityDeclaredOn,
            int extensionsAllowed,
            ComplaintSubject subject,
            boolean dismissal,
            @Nullable LocalDate learnedOn,
            List<ComplaintParticulars.Obstacle> obstacles,
            int obstacleDays,
            @Nullable LocalDate timeBarEnds,
            @Nullable LocalDate firstDecisionReceivedOn,
            @Nullable LocalDate secondWindowEnds,
            int petitionerCount,
            int representativeCount,
            @Nullable Integer signatureCount,
            boolean representativesAppointedInWriting,
            @Nullable LocalDate suspendedOn,
            @Nullable SuspensionGround suspensionGround,
            @Nullable LocalDate resumedOn,
            @Nullable TerminationGround terminationGround,
            int withdrawnCount,
            @Nullable String withdrawnContent,
            boolean withdrawalCoerced,
            @Nullable DecisionKind pendingDecision,
            @Nullable LocalDate decisionIssuedOn,
            @Nullable LocalDate decisionSendingDue,
            @Nullable LocalDate decisionSentOn,
            boolean decisionSendingLate,
            boolean mayRecordParticulars,
            boolean mayDeclareComplexity,
            boolean maySuspend,
            boolean mayResume,
            boolean mayTerminate,
            boolean mayRecordSending,
            @Nullable LocalDate suspensionLapses,
            boolean suspensionLapsed) {}

    @Transactional(readOnly = true)
    public ComplaintView view(long petitionId, StaffMember staff) {
        Petition p = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, p.bodyId(), petitionId);
        Petition.ComplaintRecord c = p.complaintRecord();
        TimeLimits limits = timeLimits(p);
        LocalDate today = deadlines.today();
        boolean complaint = p.type() == PetitionType.COMPLAINT;
        boolean process = policy.may(staff, Action.PROCESS, p.bodyId());
        boolean resolve = policy.may(staff, Action.RESOLVE, p.bodyId());
        boolean accepted = p.state() == PetitionState.ACCEPTED;
        boolean suspended = c.suspendedOn() != null;
        LocalDate due = p.resolutionDue();
        boolean periodRuns = !accepted || due == null || !today.isAfter(due);
        Complexity top = complaint ? Complexity.COMPLEX : Complexity.ESPECIALLY_COMPLEX;
        LocalDate lapses = c.suspendedOn() == null ? null : deadlines.suspensionLapses(c.suspendedOn());
        return new ComplaintView(
                p.storedId(),
                p.type(),
                c.complexity(),
                c.complexityCriteria(),
                c.complexityReason(),
                c.complexityDeclaredOn(),
                DeadlineRule.maxExtensions(p.type(), c.complexity()),
                c.subject(),
                c.dismissal(),
                c.learnedOn(),
                c.obstacles(),
                p.obstacleDays(),
                limits.timeBarEnds(),
                c.firstDecisionReceivedOn(),
                limits.secondWindowEnds(),
                p.petitionerCount(),
                p.representativeCount(),
                c.signatureCount(),
                c.representativesAppointedInWriting(),
                c.suspendedOn(),
                c.suspensionGround(),
                c.resumedOn(),
                c.terminationGround(),
                c.withdrawnCount(),
                c.withdrawnContent(),
                c.withdrawalCoerced(),
                c.pendingDecision(),
                c.decisionIssuedOn(),
                c.decisionSendingDue(),
                c.decisionSentOn(),
                p.decisionSendingLate(today),
                complaint && p.state() == PetitionState.RECEIVED && process,
                (complaint || p.type() == PetitionType.DENUNCIATION)
                        && c.complexity().compareTo(top) < 0
                        && ((p.state() == PetitionState.RECEIVED && process) || (accepted && resolve && periodRuns)),
                complaint && accepted && !suspended && resolve,
                complaint && accepted && suspended && resolve,
                complaint && accepted && resolve,
                c.pendingDecision() != null && c.decisionSentOn() == null && resolve,
                lapses,
                lapses != null && today.isAfter(lapses));
    }

    private LocalDate notInFuture(@Nullable LocalDate day) {
        LocalDate on = day == null ? deadlines.today() : day;
        if (on.isAfter(deadlines.today())) {
            throw DomainException.invalid("petition.date-in-future");
        }
        return on;
    }

    private static String required(@Nullable String value, String code) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(code);
        }
        return value.strip();
    }
}
