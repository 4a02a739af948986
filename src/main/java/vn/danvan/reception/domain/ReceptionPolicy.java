package vn.danvan.reception.domain;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** Who may work on a body's reception: staff of bodies in scope, as reception officers, heads or administrators. */
@Component
public class ReceptionPolicy {

    private static final Set<Role> RECEPTION_ROLES =
            EnumSet.of(Role.RECEPTION_OFFICER, Role.HEAD_OF_BODY, Role.ADMINISTRATOR);

    private final AuditTrail audit;

    ReceptionPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    public void requireVisible(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal("reception.refused", "body", bodyId, java.util.Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("reception.out-of-scope");
        }
    }

    public void requireReceptionWork(StaffMember staff, long bodyId) {
        requireVisible(staff, bodyId);
        if (RECEPTION_ROLES.stream().noneMatch(staff::has)) {
            audit.recordRefusal("reception.refused", "body", bodyId, java.util.Map.of("reason", "role"));
            throw DomainException.forbidden("reception.role-required");
        }
    }
}
