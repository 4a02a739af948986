package vn.danvan.democracy.domain;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Who does what in oversight: the staff of a commune's Fatherland Front set up and run its boards (Luật THDCCS 2022
 * Đ.36, 41) and the Front's staff at any level run its supervisions (Luật MTTQ 2015 Đ.27); the staff of the
 * addressee body answer a recommendation. Always within the staff member's scope; refusals are audited.
 */
@Component
public class SupervisionPolicy {

    private final AuditTrail audit;

    SupervisionPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    /** A commune's Fatherland Front committee, which sets up the boards. */
    public static Body requireCommuneFront(Body body) {
        if (body.kind() != BodyKind.FATHERLAND_FRONT
                || body.level() != UnitLevel.COMMUNE
                || body.communeCode() == null
                || body.provinceCode() == null) {
            throw DomainException.invalid("oversight.not-commune-front", body.name());
        }
        return body;
    }

    public static Body requireFront(Body body) {
        if (body.kind() != BodyKind.FATHERLAND_FRONT) {
            throw DomainException.invalid("oversight.not-front", body.name());
        }
        return body;
    }

    public void requireScope(StaffMember staff, long bodyId, String subject, Object subjectId) {
        if (!staff.inScope(bodyId)) {
            AuditTrail.afterTransaction(() ->
                    audit.recordRefusal("oversight.refused", subject, subjectId, Map.of("reason", "out-of-scope")));
            throw DomainException.forbidden("oversight.out-of-scope");
        }
    }

    public static boolean mayAct(StaffMember staff, long... bodyIds) {
        for (long id : bodyIds) {
            if (staff.inScope(id)) {
                return true;
            }
        }
        return false;
    }
}
