package vn.danvan.organization.web;

import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.persistence.Bodies;
import vn.danvan.organization.persistence.StaffAccounts;

/** Loads a staff account and computes its scope at sign-in. */
@Service
public class StaffDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Bodies bodies;

    public StaffDetailsService(StaffAccounts accounts, Bodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        boolean allBodies = account.roles().contains(Role.ADMINISTRATOR);
        Set<Long> scope = bodies.withSubordinates(account.bodyId());
        var member = new StaffMember(
                account.id(),
                account.username(),
                account.fullName(),
                account.bodyId(),
                account.roles(),
                scope,
                allBodies,
                account.mayViewDenouncerIdentity());
        return new StaffPrincipal(member, account.passwordHash(), account.enabled());
    }
}
