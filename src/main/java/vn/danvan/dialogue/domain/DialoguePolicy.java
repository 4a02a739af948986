package vn.danvan.dialogue.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Who may convene a dialogue (party committees, people's committees, the Fatherland Front) and who may record
 * dialogues and commitments: staff of the body in scope, in one of the working roles. Refusals are audited.
 */
@Component
public class DialoguePolicy {

    private static final Set<BodyKind> CONVENERS =
            EnumSet.of(BodyKind.PARTY_COMMITTEE, BodyKind.PEOPLES_COMMITTEE, BodyKind.FATHERLAND_FRONT);
    private static final Set<Role> WORKERS = EnumSet.of(
            Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.ADMINISTRATOR);

    private final AuditTrail audit;

    DialoguePolicy(AuditTrail audit) {
        this.audit = audit;
    }

    public static boolean mayConvene(Body body) {
        return CONVENERS.contains(body.kind());
    }

    /** The body may convene a dialogue, or the dialogue is refused. */
    public static Body requireConvener(Body body) {
        if (!mayConvene(body)) {
            throw DomainException.invalid("dialogue.not-a-convener", body.name());
        }
        return body;
    }

    /** The staff member works for the body, in a working role. */
    public void requireWork(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal("dialogue.refused", "body", bodyId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
        requireRole(staff);
    }

    /** The staff member concerns the commitment (owner, convener, co-convener), in a working role. */
    public void requireWork(StaffMember staff, Commitment commitment) {
        if (!commitment.concerns(staff)) {
            audit.recordRefusal("commitment.refused", "commitment", commitment.id(), Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
        requireRole(staff);
    }

    /** The staff member may see the dialogue: staff of its convener or co-convener. */
    public static void requireVisible(StaffMember staff, Dialogue dialogue) {
        if (!dialogue.visibleTo(staff)) {
            throw DomainException.forbidden("dialogue.out-of-scope");
        }
    }

    private static void requireRole(StaffMember staff) {
        if (WORKERS.stream().noneMatch(staff::has)) {
            throw DomainException.forbidden("dialogue.role-required");
        }
    }
}
