package vn.danvan.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.InspectionCommands.AddRecommendation;
import vn.danvan.programme.InspectionCommands.CloseInspection;
import vn.danvan.programme.InspectionCommands.CompleteRecommendation;
import vn.danvan.programme.InspectionCommands.PlanInspection;
import vn.danvan.programme.InspectionCommands.RecordFindings;
import vn.danvan.programme.domain.Inspection;
import vn.danvan.programme.domain.InspectionRecommendation;
import vn.danvan.programme.domain.PlanPolicy;
import vn.danvan.programme.persistence.Inspections;
import vn.danvan.programme.persistence.Plans;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * Inspections of a unit's dân vận work (kiểm tra công tác dân vận, QĐ 23-QĐ/TW 2021): the inspecting body plans,
 * records the findings and the recommendations; the owner of each recommendation reports it done; the inspecting body
 * closes the follow-up once none is open. Both the inspecting body and the inspected unit see the inspection; every
 * change is on the timeline and audited.
 */
@Service
@Transactional
public class InspectionBook {

    static final String SUBJECT = "inspection";

    private final Inspections inspections;
    private final Plans timelines;
    private final PlanPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    InspectionBook(
            Inspections inspections,
            Plans timelines,
            PlanPolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.inspections = inspections;
        this.timelines = timelines;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public Inspection plan(PlanInspection command, StaffMember staff) {
        organization
                .body(command.inspectedBodyId())
                .orElseThrow(() -> DomainException.invalid("inspection.unit-unknown"));
        policy.requirePlanner(staff, command.bodyId());
        LawfulDates.check(command.plannedOn());
        Inspection.checkPlan(command.bodyId(), command.inspectedBodyId());
        long id = inspections.add(command, staff.username());
        timelines.recordEvent(
                SUBJECT, id, "INSPECTION_PLANNED", command.plannedOn().toString(), staff.username());
        audit.record(
                "inspection.planned",
                SUBJECT,
                id,
                Map.of(
                        "body",
                        command.bodyId(),
                        "inspected",
                        command.inspectedBodyId(),
                        "on",
                        command.plannedOn().toString()));
        return inspections.find(id).orElseThrow();
    }

    public Inspection recordFindings(long id, RecordFindings command, LocalDate today, StaffMember staff) {
        Inspection inspection = lockedForInspector(id, staff);
        LawfulDates.check(command.heldOn());
        inspection.checkFindings(command.heldOn(), today);
        inspections.recordFindings(id, command.heldOn(), command.findings());
        timelines.recordEvent(SUBJECT, id, "INSPECTION_HELD", command.heldOn().toString(), staff.username());
        audit.record(
                "inspection.held", SUBJECT, id, Map.of("on", command.heldOn().toString()));
        return inspections.find(id).orElseThrow();
    }

    public InspectionRecommendation recommend(long id, AddRecommendation command, StaffMember staff) {
        Inspection inspection = lockedForInspector(id, staff);
        LawfulDates.check(command.dueOn());
        inspection.checkRecommendation(command.ownerBodyId(), command.dueOn());
        long recommendationId = inspections.addRecommendation(id, command);
        timelines.recordEvent(SUBJECT, id, "RECOMMENDED", command.text(), staff.username());
        audit.record(
                "inspection.recommended",
                "inspection-recommendation",
                recommendationId,
                Map.of(
                        "inspection",
                        id,
                        "owner",
                        command.ownerBodyId(),
                        "due",
                        command.dueOn().toString()));
        return inspections.recommendations(id).stream()
                .filter(r -> r.id() == recommendationId)
                .findFirst()
                .orElseThrow();
    }

    /** The owner body reports the recommendation done, with its result. */
    public InspectionRecommendation complete(
            long recommendationId, CompleteRecommendation command, LocalDate today, StaffMember staff) {
        InspectionRecommendation recommendation = inspections
                .lockRecommendation(recommendationId)
                .orElseThrow(() -> DomainException.notFound("inspection.recommendation-unknown"));
        policy.requireScope(staff, recommendation.ownerBodyId());
        Inspection inspection = inspections.find(recommendation.inspectionId()).orElseThrow();
        LawfulDates.check(command.doneOn());
        LocalDate heldOn = inspection.heldOn() == null ? inspection.plannedOn() : inspection.heldOn();
        InspectionRecommendation done = recommendation.complete(command.doneOn(), command.result(), heldOn, today);
        inspections.completeRecommendation(done);
        timelines.recordEvent(SUBJECT, inspection.id(), "RECOMMENDATION_DONE", recommendation.text(), staff.username());
        audit.record(
                "inspection.recommendation-done",
                "inspection-recommendation",
                recommendationId,
                Map.of("inspection", inspection.id(), "on", command.doneOn().toString()));
        return done;
    }

    public Inspection close(long id, CloseInspection command, LocalDate today, StaffMember staff) {
        Inspection inspection = lockedForInspector(id, staff);
        LawfulDates.check(command.followedUpOn());
        int open = (int)
                inspections.recommendations(id).stream().filter(r -> !r.done()).count();
        inspection.checkClose(command.followedUpOn(), open, today);
        inspections.close(id, command.followedUpOn(), command.followUp());
        timelines.recordEvent(
                SUBJECT, id, "INSPECTION_CLOSED", command.followedUpOn().toString(), staff.username());
        audit.record(
                "inspection.closed",
                SUBJECT,
                id,
                Map.of("on", command.followedUpOn().toString()));
        return inspections.find(id).orElseThrow();
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Inspection> inspections(StaffMember staff) {
        return inspections.of(staff.scope(), staff.allBodies());
    }

    /** The inspection, to a staff member of the inspecting body or of the inspected unit. */
    @Transactional(readOnly = true)
    public Inspection inspection(long id, StaffMember staff) {
        Inspection inspection = inspections.find(id).orElseThrow(() -> DomainException.notFound("inspection.unknown"));
        PlanPolicy.requireVisible(staff, List.of(inspection.bodyId(), inspection.inspectedBodyId()));
        return inspection;
    }

    @Transactional(readOnly = true)
    public List<InspectionRecommendation> recommendations(long id, StaffMember staff) {
        inspection(id, staff);
        return inspections.recommendations(id);
    }

    /** The recommendations past their deadline that the staff member's bodies own or gave. */
    @Transactional(readOnly = true)
    public List<InspectionRecommendation> overdue(StaffMember staff, LocalDate today) {
        return inspections.overdue(staff.scope(), staff.allBodies(), today);
    }

    @Transactional(readOnly = true)
    public long inspectionOfRecommendation(long recommendationId, StaffMember staff) {
        long id = inspections
                .inspectionOfRecommendation(recommendationId)
                .orElseThrow(() -> DomainException.notFound("inspection.recommendation-unknown"));
        inspection(id, staff);
        return id;
    }

    /** A planner of the inspecting body. */
    private Inspection lockedForInspector(long id, StaffMember staff) {
        Inspection inspection = inspections.lock(id).orElseThrow(() -> DomainException.notFound("inspection.unknown"));
        PlanPolicy.requireVisible(staff, List.of(inspection.bodyId(), inspection.inspectedBodyId()));
        policy.requirePlanner(staff, inspection.bodyId());
        return inspection;
    }
}
