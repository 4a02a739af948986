package vn.danvan.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.domain.StaffAccountSummary;
import vn.danvan.organization.persistence.AdministrativeUnits;
import vn.danvan.organization.persistence.Bodies;
import vn.danvan.organization.persistence.StaffAccounts;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Creating bodies and staff accounts and recording changes to administrative units (administrators,
 * demo data, imports). Every write is audited.
 */
@Service
@Transactional
public class OrganizationAdministration {

    private final Bodies bodies;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final AdministrativeUnits units;
    private final IdentityPermissions identityPermissions;

    OrganizationAdministration(
            Bodies bodies,
            StaffAccounts accounts,
            PasswordEncoder passwords,
            AuditTrail audit,
            AdministrativeUnits units,
            IdentityPermissions identityPermissions) {
        this.identityPermissions = identityPermissions;
        this.bodies = bodies;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.units = units;
    }

    public Body addBody(
            String code,
            String name,
            BodyKind kind,
            UnitLevel level,
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable Long superiorId) {
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

    /**
     * An account added by an administrator. With {@code requestIdentityPermission} the permission to read
     * denouncers' identities is only requested: it takes effect when a head of the body approves it
     * ({@link IdentityPermissions}). A refused request adds no account.
     */
    public long addStaff(
            StaffMember administrator,
            String username,
            String rawPassword,
            String fullName,
            @Nullable String email,
            long bodyId,
            Set<Role> roles,
            boolean requestIdentityPermission) {
        long id = addStaff(username, rawPassword, fullName, email, bodyId, roles, false);
        if (requestIdentityPermission) {
            identityPermissions.request(id, administrator);
        }
        return id;
    }

    /**
     * An account as the demo data and tests seed it; with {@code mayViewDenouncerIdentity} it holds the
     * permission from the start, recorded as seeded. Pages and the API never call this: they request it.
     */
    public long addStaff(
            String username,
            String rawPassword,
            String fullName,
            @Nullable String email,
            long bodyId,
            Set<Role> roles,
            boolean mayViewDenouncerIdentity) {
        if (accounts.exists(username)) {
            throw DomainException.conflict("organization.staff.username-taken", username);
        }
        if (bodies.find(bodyId).isEmpty()) {
            throw DomainException.invalid("organization.body.unknown", bodyId);
        }
        if (rawPassword.length() < 10) {
            throw DomainException.invalid("organization.staff.weak-password");
        }
        long id = accounts.add(username, passwords.encode(rawPassword), fullName, email, bodyId, roles, false);
        audit.record(
                "staff.added",
                "staff_account",
                id,
                Map.of("username", username, "body", bodyId, "roles", roles.toString()));
        if (mayViewDenouncerIdentity) {
            identityPermissions.seed(id);
        }
        return id;
    }

    /**
     * Disables an account whose password is still one that was published (the demo's, printed in the README and on
     * the demo's sign-in page): anyone could sign in with it. Says whether it did.
     */
    public boolean disableIfPasswordIs(String username, String publishedPassword) {
        var account = accounts.findByUsername(username);
        if (account.isEmpty()
                || !account.get().enabled()
                || !passwords.matches(publishedPassword, account.get().passwordHash())) {
            return false;
        }
        accounts.disable(account.get().id());
        audit.record(
                "staff.disabled",
                "staff_account",
                account.get().id(),
                Map.of("username", username, "reason", "published-password"));
        return true;
    }

    /** Every staff account, enabled or not, by username (for administrators). */
    @Transactional(readOnly = true)
    public List<StaffAccountSummary> staffAccounts() {
        return accounts.all();
    }

    /**
     * Ends a unit's validity: it was valid up to and including {@code validTo} (for example the day
     * before a merger takes effect). Its code is never given to another unit of the same level.
     */
    public AdministrativeUnit closeUnit(UnitLevel level, String code, LocalDate validTo) {
        return closeUnit(level, code, validTo, List.of());
    }

    /**
     * Ends a unit's validity and records the units it merged into (sáp nhập): each successor must be a
     * unit of the same level valid on the day after {@code validTo}, which becomes the succession's
     * effective date.
     */
    public AdministrativeUnit closeUnit(
            UnitLevel level, String code, LocalDate validTo, Collection<String> successorCodes) {
        long id = units.currentId(level, code)
                .orElseThrow(() -> DomainException.notFound("organization.unit.unknown", code));
        AdministrativeUnit unit = units.byId(id).orElseThrow();
        if (validTo.isBefore(unit.validFrom())) {
            throw DomainException.invalid(
                    "organization.unit.closed-before-valid",
                    code,
                    validTo.toString(),
                    unit.validFrom().toString());
        }
        LocalDate effectiveOn = validTo.plusDays(1);
        Set<Long> successors = new LinkedHashSet<>();
        for (String successorCode : successorCodes) {
            if (successorCode.equals(code)) {
                throw DomainException.invalid("organization.unit.own-successor", code);
            }
            successors.add(units.idValidOn(level, successorCode, effectiveOn)
                    .orElseThrow(() -> DomainException.invalid(
                            "organization.unit.unknown-successor", successorCode, effectiveOn.toString())));
        }
        units.close(id, validTo);
        successors.forEach(successor -> units.addSuccession(id, successor, effectiveOn));
        audit.record(
                "unit.closed",
                "administrative_unit",
                id,
                Map.of(
                        "level",
                        level.name(),
                        "code",
                        code,
                        "validTo",
                        validTo.toString(),
                        "successors",
                        List.copyOf(successorCodes)));
        return units.byId(id).orElseThrow();
    }
}
