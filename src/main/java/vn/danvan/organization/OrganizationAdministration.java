package vn.danvan.organization;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** Creating bodies and staff accounts (administrators, demo data, imports). Every write is audited. */
@Service
@Transactional
public class OrganizationAdministration {

    private final Bodies bodies;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    OrganizationAdministration(Bodies bodies, StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit) {
        this.bodies = bodies;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Body addBody(String code, String name, BodyKind kind, UnitLevel level, @Nullable String provinceCode,
            @Nullable String communeCode, @Nullable Long superiorId) {
        if (bodies.findByCode(code).isPresent()) {
            throw DomainException.conflict("organization.body.code-taken", code);
        }
        if (superiorId != null && bodies.find(superiorId).isEmpty()) {
            throw DomainException.invalid("organization.body.unknown-superior", superiorId);
        }
        Body body = bodies.add(code, name, kind, level, provinceCode, communeCode, superiorId);
        audit.record("body.added", "body", body.id(), Map.of("code", code, "name", name));
        return body;
    }

    public long addStaff(String username, String rawPassword, String fullName, @Nullable String email, long bodyId,
            Set<Role> roles, boolean mayViewDenouncerIdentity) {
        if (accounts.exists(username)) {
            throw DomainException.conflict("organization.staff.username-taken", username);
        }
        if (bodies.find(bodyId).isEmpty()) {
            throw DomainException.invalid("organization.body.unknown", bodyId);
        }
        if (rawPassword.length() < 10) {
            throw DomainException.invalid("organization.staff.weak-password");
        }
        long id = accounts.add(username, passwords.encode(rawPassword), fullName, email, bodyId, roles,
                mayViewDenouncerIdentity);
        audit.record("staff.added", "staff_account", id,
                Map.of("username", username, "body", bodyId, "roles", roles.toString(),
                        "mayViewDenouncerIdentity", mayViewDenouncerIdentity));
        return id;
    }
}
