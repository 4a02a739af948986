package vn.danvan.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.portal.domain.CitizenAccount;
import vn.danvan.portal.domain.ContactAddress;
import vn.danvan.portal.persistence.CitizenAccounts;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** Citizen accounts (tài khoản công dân): e-mail or phone with a password, or an OIDC identity. */
@Service
@Transactional
public class CitizenAccountManagement {

    public record RegisterCitizen(
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            String password) {}

    public record Citizen(
            long id,
            String fullName,
            @Nullable String email,
            @Nullable String phone) {}

    /** What a password login checks: the account and its password's hash. */
    public record PasswordLogin(long citizenId, String passwordHash) {}

    private final CitizenAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    CitizenAccountManagement(CitizenAccounts accounts, PasswordEncoder passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Citizen register(RegisterCitizen command) {
        CitizenAccount account = CitizenAccount.register(
                command.fullName(), command.email(), command.phone(), command.password(), passwords::encode);
        long id;
        try {
            id = accounts.add(account);
        } catch (DuplicateKeyException taken) {
            throw DomainException.conflict("portal.account-exists");
        }
        audit.record(
                "citizen.registered", "citizen_account", id, Map.of("by", account.email() != null ? "email" : "phone"));
        return new Citizen(id, account.fullName(), account.email(), account.phone());
    }

    /** Finds or creates the account of an OIDC identity (VNeID, Keycloak…), keyed by issuer and subject. */
    public long linkOidc(String issuer, String subject, @Nullable String fullName, @Nullable String email) {
        Optional<Long> known = accounts.idOfOidcIdentity(issuer, subject);
        if (known.isPresent()) {
            return known.get();
        }
        String normalizedEmail = ContactAddress.email(email);
        Optional<CitizenAccount> byEmail =
                normalizedEmail == null ? Optional.empty() : accounts.unlinkedWithEmail(normalizedEmail);
        long id = byEmail.map(existing -> {
                    existing.linkOidc(issuer, subject);
                    accounts.linked(existing);
                    return existing.id();
                })
                .orElseGet(() -> accounts.add(CitizenAccount.ofOidcIdentity(issuer, subject, fullName, email)));
        audit.record("citizen.oidc-linked", "citizen_account", id, Map.of("issuer", issuer));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Citizen> find(long id) {
        return accounts.byId(id)
                .map(account -> new Citizen(account.id(), account.fullName(), account.email(), account.phone()));
    }

    /** The cases a signed-in citizen sent, newest first. */
    @Transactional(readOnly = true)
    public List<String> trackingCodesOf(long citizenId) {
        return accounts.trackingCodesSentBy(citizenId);
    }

    /** The account a login (an e-mail address or a phone number) opens with a password, if any. */
    @Transactional(readOnly = true)
    public Optional<PasswordLogin> passwordLogin(String login) {
        return accounts.withPassword(ContactAddress.email(login), ContactAddress.phone(login))
                .map(account ->
                        new PasswordLogin(account.id(), java.util.Objects.requireNonNull(account.passwordHash())));
    }
}
