package vn.danvan.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.programme.PlanCommands.ReportProgress;
import vn.danvan.programme.domain.Plan;
import vn.danvan.programme.domain.PlanEvent;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.domain.PlanTask;
import vn.danvan.programme.domain.ProgressReport;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * A body's annual dân vận plan (QĐ 23-QĐ/TW 2021) with its tasks — owner, deadline, indicator — and the progress the
 * owner bodies report. Every change is written to the timeline and audited in the same transaction.
 */
@Service
@Transactional
public class PlanBook {

    private final Plans plans;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    PlanBook(Plans plans, PlanPolicy policy, OrganizationDirectory organization, AuditTrail audit) {
        this.plans = plans;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public Plan draft(DraftPlan command, StaffMember staff) {
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("plan.body-unknown"));
        policy.requirePlanner(staff, command.bodyId());
        LawfulDates.checkYear(command.year());
        long id = plans.add(command, staff.username());
        plans.recordEvent("plan", id, "DRAFTED", command.title(), staff.username());
        audit.record(
                "plan.drafted",
                "plan",
                id,
                Map.of(
                        "body",
                        command.bodyId(),
                        "year",
                        command.year(),
                        "sector",
                        command.sector().name()));
        return plans.find(id).orElseThrow();
    }

    public PlanTask addTask(long planId, AddTask command, StaffMember staff) {
        Plan plan = plan(planId, staff);
        policy.requirePlanner(staff, plan.bodyId());
        organization.body(command.ownerBodyId()).orElseThrow(() -> DomainException.invalid("plan.owner-unknown"));
        LawfulDates.check(command.dueOn());
        plan.checkTaskDue(command.dueOn());
        long id = plans.addTask(planId, command);
        plans.recordEvent("plan", planId, "TASK_ADDED", command.title(), staff.username());
        plans.recordEvent("task", id, "ADDED", command.title(), staff.username());
        audit.record(
                "plan.task-added",
                "plan-task",
                id,
                Map.of(
                        "plan",
                        planId,
                        "owner",
                        command.ownerBodyId(),
                        "due",
                        command.dueOn().toString()));
        return plans.task(id).orElseThrow();
    }

    /** A staff member of the task's owner body reports how far it got. */
    public ProgressReport reportProgress(long taskId, ReportProgress command, LocalDate today, StaffMember staff) {
        PlanTask task = plans.lockTask(taskId).orElseThrow(() -> DomainException.notFound("plan.task-unknown"));
        policy.requireScope(staff, task.ownerBodyId());
        LawfulDates.check(command.reportedOn());
        task.checkProgress(command.reportedOn(), today);
        long id = plans.addProgress(taskId, task.ownerBodyId(), command, staff.username());
        plans.recordEvent("task", taskId, "PROGRESS", command.note(), staff.username());
        audit.record(
                "plan.progress-reported",
                "plan-task",
                taskId,
                Map.of("report", id, "on", command.reportedOn().toString()));
        return plans.progress(taskId).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public PlanTask complete(long taskId, LocalDate doneOn, LocalDate today, StaffMember staff) {
        PlanTask task = plans.lockTask(taskId).orElseThrow(() -> DomainException.notFound("plan.task-unknown"));
        policy.requireScope(staff, task.ownerBodyId());
        LawfulDates.check(doneOn);
        PlanTask done = task.complete(doneOn, today);
        plans.completeTask(taskId, doneOn);
        plans.recordEvent("task", taskId, "DONE", doneOn.toString(), staff.username());
        audit.record("plan.task-done", "plan-task", taskId, Map.of("on", doneOn.toString()));
        return done;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Plan> plans(int year, StaffMember staff) {
        return plans.of(staff.scope(), staff.allBodies(), year);
    }

    /** The plan, to a staff member of its body or of a task owner. */
    @Transactional(readOnly = true)
    public Plan plan(long id, StaffMember staff) {
        Plan plan = plans.find(id).orElseThrow(() -> DomainException.notFound("plan.unknown"));
        if (!staff.inScope(plan.bodyId()) && plans.tasks(id).stream().noneMatch(t -> staff.inScope(t.ownerBodyId()))) {
            throw DomainException.forbidden("plan.out-of-scope");
        }
        return plan;
    }

    @Transactional(readOnly = true)
    public List<PlanTask> tasks(long planId, StaffMember staff) {
        plan(planId, staff);
        return plans.tasks(planId);
    }

    @Transactional(readOnly = true)
    public PlanTask task(long taskId, StaffMember staff) {
        PlanTask task = plans.task(taskId).orElseThrow(() -> DomainException.notFound("plan.task-unknown"));
        plan(task.planId(), staff);
        return task;
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> progress(long taskId, StaffMember staff) {
        task(taskId, staff);
        return plans.progress(taskId);
    }

    @Transactional(readOnly = true)
    public List<PlanEvent> timeline(String subjectType, long subjectId) {
        return plans.timeline(subjectType, subjectId);
    }
}
