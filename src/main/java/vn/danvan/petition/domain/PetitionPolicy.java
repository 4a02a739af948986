package vn.danvan.petition.domain;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.IdentityPermissions;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.DomainException;

/** Who may do what with petitions: the user's role, and the body's place in the user's scope. */
@Component
public class PetitionPolicy {

    private final IdentityPermissions identityPermissions;

    PetitionPolicy(IdentityPermissions identityPermissions) {
        this.identityPermissions = identityPermissions;
    }

    public enum Action {
        VIEW(EnumSet.allOf(Role.class)),
        RECEIVE(EnumSet.of(Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.HEAD_OF_BODY, Role.ADMINISTRATOR)),
        PROCESS(EnumSet.of(Role.RECEPTION_OFFICER, Role.CASE_HANDLER, Role.HEAD_OF_BODY, Role.ADMINISTRATOR)),
        RESOLVE(EnumSet.of(Role.CASE_HANDLER, Role.HEAD_OF_BODY, Role.ADMINISTRATOR));

        private final Set<Role> roles;

        Action(Set<Role> roles) {
            this.roles = roles;
        }
    }

    /** A petition of a body outside the user's scope does not exist for them. */
    public void requireVisible(StaffMember staff, long bodyId, long petitionId) {
        if (!staff.inScope(bodyId)) {
            throw DomainException.notFound("petition.not-found", petitionId);
        }
    }

    public void require(StaffMember staff, Action action, long bodyId) {
        if (!staff.inScope(bodyId)) {
            throw DomainException.forbidden("petition.body-out-of-scope");
        }
        if (staff.roles().stream().noneMatch(action.roles::contains)) {
            throw DomainException.forbidden("petition.role-not-permitted");
        }
    }

    public boolean may(StaffMember staff, Action action, long bodyId) {
        return staff.inScope(bodyId) && staff.roles().stream().anyMatch(action.roles::contains);
    }

    /**
     * Luật Tố cáo 2018 Đ.9(1)(b), Đ.47: only roles explicitly permitted see a denouncer's identity. The seal
     * decides, not the current type: a denunciation reclassified, split, transferred or reopened keeps it.
     */
    public boolean mayViewIdentity(StaffMember staff, Petition petition) {
        return staff.inScope(petition.bodyId()) && (!sealed(petition) || holdsIdentityPermission(staff));
    }

    /** Read at each use from the account, so a revocation counts at once, even in an open session. */
    public boolean holdsIdentityPermission(StaffMember staff) {
        return identityPermissions.holds(staff.id());
    }

    public static boolean sealed(Petition petition) {
        return petition.identitySealed() || petition.type() == PetitionType.DENUNCIATION;
    }
}
