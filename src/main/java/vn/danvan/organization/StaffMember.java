package vn.danvan.organization;

import java.util.Set;

/**
 * A signed-in staff member as other modules see them: their body, roles, and the bodies whose cases
 * they may see and act on (their own body and every body below it; all bodies for administrators).
 */
public record StaffMember(
        long id,
        String username,
        String fullName,
        long bodyId,
        Set<Role> roles,
        Set<Long> scope,
        boolean allBodies,
        boolean mayViewDenouncerIdentity)
        implements java.io.Serializable {

    public StaffMember {
        roles = Set.copyOf(roles);
        scope = Set.copyOf(scope);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean inScope(long bodyId) {
        return allBodies || scope.contains(bodyId);
    }
}
