package vn.danvan.programme;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.AgreementCommands.AddJointTask;
import vn.danvan.programme.AgreementCommands.CompleteJointTask;
import vn.danvan.programme.AgreementCommands.HoldJointReview;
import vn.danvan.programme.AgreementCommands.SignAgreement;
import vn.danvan.programme.domain.Agreement;
import vn.danvan.programme.domain.AgreementReview;
import vn.danvan.programme.domain.JointTask;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Agreements;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * Coordination agreements (quy chế phối hợp, QĐ 23-QĐ/TW 2021): signed by a lead body with its parties, their joint
 * tasks followed to done, and the periodic joint reviews. Each party — an armed-forces unit through its own accounts
 * — sees the agreements it is a party to and nothing else; every change is on the timeline and audited.
 */
@Service
@Transactional
public class AgreementBook {

    private final Agreements agreements;
    private final Plans timelines;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    AgreementBook(
            Agreements agreements,
            Plans timelines,
            PlanPolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.agreements = agreements;
        this.timelines = timelines;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public Agreement sign(SignAgreement command, LocalDate today, StaffMember staff) {
        if (command.partyBodyIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("agreement.party-unknown");
        }
        Set<Long> parties = new LinkedHashSet<>(command.partyBodyIds());
        parties.add(command.leadBodyId());
        for (long party : parties) {
            organization.body(party).orElseThrow(() -> DomainException.invalid("agreement.party-unknown"));
        }
        policy.requirePlanner(staff, command.leadBodyId());
        LawfulDates.check(command.signedOn());
        LawfulDates.check(command.validFrom());
        LawfulDates.check(command.validTo());
        Agreement.check(
                command.leadBodyId(), parties, command.signedOn(), command.validFrom(), command.validTo(), today);
        long id = agreements.add(command, parties, staff.username());
        timelines.recordEvent("agreement", id, "SIGNED", command.title(), staff.username());
        audit.record(
                "agreement.signed",
                "agreement",
                id,
                Map.of("lead", command.leadBodyId(), "parties", List.copyOf(parties)));
        return agreements.find(id).orElseThrow();
    }

    public JointTask addTask(long agreementId, AddJointTask command, StaffMember staff) {
        Agreement agreement = locked(agreementId, staff);
        requireWorkingParty(staff, agreement);
        LawfulDates.check(command.dueOn());
        agreement.checkTask(command.ownerBodyId(), command.dueOn());
        long id = agreements.addTask(agreementId, command);
        timelines.recordEvent("agreement", agreementId, "TASK_ADDED", command.title(), staff.username());
        audit.record(
                "agreement.task-added",
                "joint-task",
                id,
                Map.of(
                        "agreement",
                        agreementId,
                        "owner",
                        command.ownerBodyId(),
                        "due",
                        command.dueOn().toString()));
        return agreements.tasks(agreementId).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The owner party reports the task done, with its result. */
    public JointTask complete(long taskId, CompleteJointTask command, LocalDate today, StaffMember staff) {
        JointTask task =
                agreements.lockTask(taskId).orElseThrow(() -> DomainException.notFound("agreement.task-unknown"));
        policy.requireScope(staff, task.ownerBodyId());
        LawfulDates.check(command.doneOn());
        JointTask done = task.complete(command.doneOn(), command.result(), today);
        agreements.completeTask(done);
        timelines.recordEvent("agreement", task.agreementId(), "TASK_DONE", task.title(), staff.username());
        audit.record(
                "agreement.task-done",
                "joint-task",
                taskId,
                Map.of("agreement", task.agreementId(), "on", command.doneOn().toString()));
        return done;
    }

    /** A joint review: its results, and the joint tasks done and open on its day, counted from the tasks. */
    public AgreementReview review(long agreementId, HoldJointReview command, LocalDate today, StaffMember staff) {
        Agreement agreement = locked(agreementId, staff);
        requireWorkingParty(staff, agreement);
        LawfulDates.check(command.heldOn());
        agreement.checkReview(command.heldOn(), today);
        List<JointTask> tasks = agreements.tasks(agreementId);
        int done = (int) tasks.stream()
                .filter(t -> t.done() && t.doneOn() != null && !t.doneOn().isAfter(command.heldOn()))
                .count();
        int open = tasks.size() - done;
        long id = agreements.addReview(agreementId, command, done, open, staff.username());
        timelines.recordEvent(
                "agreement", agreementId, "REVIEWED", command.heldOn().toString(), staff.username());
        audit.record(
                "agreement.reviewed",
                "agreement",
                agreementId,
                Map.of("review", id, "on", command.heldOn().toString(), "done", done, "open", open));
        return agreements.reviews(agreementId).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Agreement> agreements(StaffMember staff) {
        return agreements.of(staff.scope(), staff.allBodies());
    }

    /** The agreement, to a staff member of one of its parties. */
    @Transactional(readOnly = true)
    public Agreement agreement(long id, StaffMember staff) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.unknown"));
        PlanPolicy.requireVisible(staff, agreement.partyBodyIds());
        return agreement;
    }

    @Transactional(readOnly = true)
    public List<JointTask> tasks(long agreementId, StaffMember staff) {
        agreement(agreementId, staff);
        return agreements.tasks(agreementId);
    }

    @Transactional(readOnly = true)
    public List<AgreementReview> reviews(long agreementId, StaffMember staff) {
        agreement(agreementId, staff);
        return agreements.reviews(agreementId);
    }

    /** The agreement a joint task belongs to, to a staff member of one of its parties. */
    @Transactional(readOnly = true)
    public long agreementOfTask(long taskId, StaffMember staff) {
        long agreementId = agreements
                .agreementOfTask(taskId)
                .orElseThrow(() -> DomainException.notFound("agreement.task-unknown"));
        agreement(agreementId, staff);
        return agreementId;
    }

    private Agreement locked(long id, StaffMember staff) {
        Agreement agreement = agreements.lock(id).orElseThrow(() -> DomainException.notFound("agreement.unknown"));
        PlanPolicy.requireVisible(staff, agreement.partyBodyIds());
        return agreement;
    }

    /** A planner of one of the parties. */
    private void requireWorkingParty(StaffMember staff, Agreement agreement) {
        if (!PlanPolicy.mayPlan(staff)) {
            throw DomainException.forbidden("plan.role-required");
        }
        PlanPolicy.requireVisible(staff, agreement.partyBodyIds());
    }
}
