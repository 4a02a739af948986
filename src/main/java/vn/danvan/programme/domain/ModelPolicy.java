package vn.danvan.programme.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Who does what with models and stories. Staff in a working role register models and write stories for the bodies
 * in their scope; the heads, mobilisation staff (cán bộ dân vận) and administrators of the body that launched a
 * round run it: its council, the scores, recognition and commendation (QĐ 23-QĐ/TW: dân vận is led by the
 * Party committees and their Ban Dân vận). Refusals for scope are audited.
 */
@Component
public class ModelPolicy {

    private static final Set<Role> WORKERS = EnumSet.of(
            Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.ADMINISTRATOR);
    private static final Set<Role> ORGANISERS =
            EnumSet.of(Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.ADMINISTRATOR);

    private final AuditTrail audit;

    ModelPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    /** The staff member works for the body, in a working role. */
    public void requireWork(StaffMember staff, long bodyId, String subject) {
        requireScope(staff, bodyId, subject);
        if (WORKERS.stream().noneMatch(staff::has)) {
            throw DomainException.forbidden("model.role-required");
        }
    }

    /** The staff member runs rounds of the body: in scope, as head, mobilisation staff or administrator. */
    public void requireOrganiser(StaffMember staff, long bodyId, String subject) {
        requireScope(staff, bodyId, subject);
        if (!mayOrganise(staff)) {
            throw DomainException.forbidden("model.organiser-required");
        }
    }

    public static boolean mayOrganise(StaffMember staff) {
        return ORGANISERS.stream().anyMatch(staff::has);
    }

    public static void requireVisible(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            throw DomainException.forbidden("model.out-of-scope");
        }
    }

    private void requireScope(StaffMember staff, long bodyId, String subject) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal(subject + ".refused", "body", bodyId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("model.out-of-scope");
        }
    }
}
