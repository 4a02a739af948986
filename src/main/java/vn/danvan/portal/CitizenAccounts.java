package vn.danvan.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** Citizen accounts (tài khoản công dân): e-mail or phone with a password, or an OIDC identity. */
@Service
@Transactional
public class CitizenAccounts {

    public record RegisterCitizen(String fullName, @Nullable String email, @Nullable String phone, String password) {
    }

    public record Citizen(long id, String fullName, @Nullable String email, @Nullable String phone) {
    }

    /** The signed-in citizen as Spring Security holds them after a password login. */
    static final class CitizenUser extends User {
        private final long citizenId;

        CitizenUser(long citizenId, String login, String passwordHash) {
            super(login, passwordHash, AuthorityUtils.createAuthorityList("ROLE_CITIZEN"));
            this.citizenId = citizenId;
        }

        long citizenId() {
            return citizenId;
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    CitizenAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Citizen register(RegisterCitizen command) {
        String email = CitizenSubmissions.normalizedEmail(command.email());
        String phone = CitizenSubmissions.normalizedPhone(command.phone());
        if (command.email() != null && !command.email().isBlank() && email == null) {
            throw DomainException.invalid("portal.email-invalid");
        }
        if (command.phone() != null && !command.phone().isBlank() && phone == null) {
            throw DomainException.invalid("portal.phone-invalid");
        }
        if (email == null && phone == null) {
            throw DomainException.invalid("portal.account-needs-login");
        }
        if (command.fullName() == null || command.fullName().isBlank() || command.fullName().length() > 200) {
            throw DomainException.invalid("portal.account-needs-name");
        }
        if (command.password() == null || command.password().length() < 10 || command.password().length() > 200) {
            throw DomainException.invalid("portal.password-too-short");
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into portal.citizen_account (email, phone, password_hash, full_name) values (?, ?, ?, ?)
                    returning id
                    """).params(email, phone, passwords.encode(command.password()), command.fullName().strip())
                    .query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw DomainException.conflict("portal.account-exists");
        }
        audit.record("citizen.registered", "citizen_account", id, Map.of("by", email != null ? "email" : "phone"));
        return new Citizen(id, command.fullName().strip(), email, phone);
    }

    /** Finds or creates the account of an OIDC identity (VNeID, Keycloak…), keyed by issuer and subject. */
    public long linkOidc(String issuer, String subject, @Nullable String fullName, @Nullable String email) {
        Optional<Long> known = jdbc.sql("select id from portal.citizen_account where oidc_issuer = ? and oidc_subject = ?")
                .params(issuer, subject).query(Long.class).optional();
        if (known.isPresent()) {
            return known.get();
        }
        String normalizedEmail = CitizenSubmissions.normalizedEmail(email);
        Optional<Long> byEmail = normalizedEmail == null ? Optional.empty()
                : jdbc.sql("select id from portal.citizen_account where email = ? and oidc_subject is null")
                        .param(normalizedEmail).query(Long.class).optional();
        long id = byEmail.map(existing -> {
            jdbc.sql("update portal.citizen_account set oidc_issuer = ?, oidc_subject = ? where id = ?")
                    .params(issuer, subject, existing).update();
            return existing;
        }).orElseGet(() -> jdbc.sql("""
                insert into portal.citizen_account (email, full_name, oidc_issuer, oidc_subject) values (?, ?, ?, ?)
                returning id
                """).params(normalizedEmail, fullName == null || fullName.isBlank() ? subject : fullName.strip(), issuer,
                subject).query(Long.class).single());
        audit.record("citizen.oidc-linked", "citizen_account", id, Map.of("issuer", issuer));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Citizen> find(long id) {
        return jdbc.sql("select id, full_name, email, phone from portal.citizen_account where id = ?").param(id)
                .query((rs, n) -> new Citizen(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The cases a signed-in citizen sent, newest first. */
    @Transactional(readOnly = true)
    public List<String> trackingCodesOf(long citizenId) {
        return jdbc.sql("select tracking_code from portal.submission where citizen_id = ? order by created_at desc limit 100")
                .param(citizenId).query(String.class).list();
    }

    /** Logs in by e-mail address or phone number. */
    UserDetailsService logins() {
        return login -> {
            String email = CitizenSubmissions.normalizedEmail(login);
            String phone = CitizenSubmissions.normalizedPhone(login);
            return jdbc.sql("""
                    select id, password_hash from portal.citizen_account
                    where password_hash is not null and (email = ? or phone = ?)
                    """).params(email, phone)
                    .query((rs, n) -> (UserDetails) new CitizenUser(rs.getLong(1), login, rs.getString(2)))
                    .optional().orElseThrow(() -> new UsernameNotFoundException("no citizen " + login));
        };
    }
}
