package vn.danvan.organization.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danvan.organization.Role;

/** A staff account as administrators list it (never with its password hash). */
public record StaffAccountSummary(
        long id,
        String username,
        String fullName,
        @Nullable String email,
        long bodyId,
        Set<Role> roles,
        boolean mayViewDenouncerIdentity,
        boolean enabled) {

    public StaffAccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
