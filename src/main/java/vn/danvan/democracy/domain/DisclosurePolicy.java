package vn.danvan.democracy.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Who publishes: the People's Committee of a commune-level unit (Luật THDCCS 2022 Đ.11 "chính quyền địa phương cấp
 * xã"), by its staff in scope in a working role. Who reads the compliance figures: heads of body, mobilisation staff
 * and administrators, over the communes in their scope. Refusals are audited.
 */
@Component
public class DisclosurePolicy {

    private static final Set<Role> PUBLISHERS = EnumSet.of(
            Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.ADMINISTRATOR);
    private static final Set<Role> OVERSEERS =
            EnumSet.of(Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.ADMINISTRATOR);

    private final AuditTrail audit;

    DisclosurePolicy(AuditTrail audit) {
        this.audit = audit;
    }

    /** A commune's People's Committee, which owes the disclosures of Đ.11. */
    public static boolean isPublisher(Body body) {
        return body.kind() == BodyKind.PEOPLES_COMMITTEE
                && body.level() == UnitLevel.COMMUNE
                && body.communeCode() != null
                && body.provinceCode() != null;
    }

    public static Body requirePublisher(Body body) {
        if (!isPublisher(body)) {
            throw DomainException.invalid("democracy.not-a-publisher", body.name());
        }
        return body;
    }

    /** The staff member works for the body, in a working role. */
    public void requireWork(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal("disclosure.refused", "body", bodyId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("democracy.out-of-scope");
        }
        if (PUBLISHERS.stream().noneMatch(staff::has)) {
            throw DomainException.forbidden("democracy.role-required");
        }
    }

    /** The staff member may see the item's body. */
    public static void requireVisible(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            throw DomainException.forbidden("democracy.out-of-scope");
        }
    }

    public static boolean mayOversee(StaffMember staff) {
        return OVERSEERS.stream().anyMatch(staff::has);
    }

    public static void requireOverseer(StaffMember staff) {
        if (!mayOversee(staff)) {
            throw DomainException.forbidden("democracy.overseer-required");
        }
    }
}
