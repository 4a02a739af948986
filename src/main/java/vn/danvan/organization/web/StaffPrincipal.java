package vn.danvan.organization.web;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.danvan.organization.StaffMember;

/** The Spring Security view of a staff member. */
public class StaffPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String VIEW_DENOUNCER_IDENTITY = "PERM_VIEW_DENOUNCER_IDENTITY";

    private final StaffMember member;
    private final String passwordHash;
    private final boolean enabled;

    public StaffPrincipal(StaffMember member, String passwordHash, boolean enabled) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        member.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (member.mayViewDenouncerIdentity()) {
            authorities.add(new SimpleGrantedAuthority(VIEW_DENOUNCER_IDENTITY));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
