package vn.danvan.programme.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Who may do what in the dân vận programme: plans, agreements, inspections, advice, reviews and courses are written by
 * heads of body, mobilisation staff and administrators of a body in their scope (QĐ 23-QĐ/TW 2021: dân vận is the
 * duty of every head and of the mobilisation boards); a task's progress is reported by any staff member of its
 * owner body. A staff member sees what concerns a body in their scope — so a staff member of an armed-forces unit
 * sees only the agreements and tasks their unit is a party to. Refusals are audited.
 */
@Component
public class PlanPolicy {

    private static final Set<Role> PLANNERS =
            EnumSet.of(Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.ADMINISTRATOR);

    private final AuditTrail audit;

    PlanPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    public static boolean mayPlan(StaffMember staff) {
        return PLANNERS.stream().anyMatch(staff::has);
    }

    /** The staff member plans for the body: in scope, in a planning role. */
    public void requirePlanner(StaffMember staff, long bodyId) {
        requireScope(staff, bodyId);
        if (!mayPlan(staff)) {
            throw DomainException.forbidden("plan.role-required");
        }
    }

    /** The staff member works for the body (any role). */
    public void requireScope(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal("plan.refused", "body", bodyId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("plan.out-of-scope");
        }
    }

    /** The staff member sees one of the bodies. */
    public static void requireVisible(StaffMember staff, Collection<Long> bodyIds) {
        if (bodyIds.stream().noneMatch(staff::inScope)) {
            throw DomainException.forbidden("plan.out-of-scope");
        }
    }
}
