package vn.danvan.portal.domain;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;

/**
 * A citizen's account (tài khoản công dân) on the portal: registered with an e-mail address or a phone number and
 * a password, or made at the first sign-in with an OIDC identity (VNeID, Keycloak…), which a registered account
 * with the same e-mail address takes on instead. One identity links to one account, once.
 */
public final class CitizenAccount {

    private final @Nullable Long id;
    private final String fullName;
    private final @Nullable String email;
    private final @Nullable String phone;
    private final @Nullable String passwordHash;
    private @Nullable String oidcIssuer;
    private @Nullable String oidcSubject;

    private CitizenAccount(
            @Nullable Long id,
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String passwordHash,
            @Nullable String oidcIssuer,
            @Nullable String oidcSubject) {
        this.id = id;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.oidcIssuer = oidcIssuer;
        this.oidcSubject = oidcSubject;
    }

    /**
     * Registration with a password: a valid e-mail address or phone number (at least one), a name of at most 200
     * characters and a password of 10 to 200; the password is kept only as {@code hashing} makes it.
     */
    public static CitizenAccount register(
            @Nullable String fullName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String password,
            UnaryOperator<String> hashing) {
        String normalizedEmail = ContactAddress.email(email);
        String normalizedPhone = ContactAddress.phone(phone);
        if (email != null && !email.isBlank() && normalizedEmail == null) {
            throw DomainException.invalid("portal.email-invalid");
        }
        if (phone != null && !phone.isBlank() && normalizedPhone == null) {
            throw DomainException.invalid("portal.phone-invalid");
        }
        if (normalizedEmail == null && normalizedPhone == null) {
            throw DomainException.invalid("portal.account-needs-login");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            throw DomainException.invalid("portal.account-needs-name");
        }
        if (password == null || password.length() < 10 || password.length() > 200) {
            throw DomainException.invalid("portal.password-too-short");
        }
        return new CitizenAccount(
                null, fullName.strip(), normalizedEmail, normalizedPhone, hashing.apply(password), null, null);
    }

    /** The account of an OIDC identity seen for the first time: its name, or its subject when it gives none. */
    public static CitizenAccount ofOidcIdentity(
            String issuer, String subject, @Nullable String fullName, @Nullable String email) {
        return new CitizenAccount(
                null,
                fullName == null || fullName.isBlank() ? subject : fullName.strip(),
                ContactAddress.email(email),
                null,
                null,
                issuer,
                subject);
    }

    /** An account as stored. */
    public static CitizenAccount restore(
            long id,
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String passwordHash,
            @Nullable String oidcIssuer,
            @Nullable String oidcSubject) {
        return new CitizenAccount(id, fullName, email, phone, passwordHash, oidcIssuer, oidcSubject);
    }

    /** From now on the OIDC identity signs in to this account; an account takes on one identity only. */
    public void linkOidc(String issuer, String subject) {
        if (oidcSubject != null) {
            throw new IllegalStateException("citizen account " + id + " is linked to an OIDC identity already");
        }
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    /** Whether the citizen signs in with a password (by e-mail address or phone number). */
    public boolean signsInWithPassword() {
        return passwordHash != null;
    }

    public boolean isLinkedToOidc() {
        return oidcSubject != null;
    }

    public long id() {
        return Objects.requireNonNull(id, "not stored yet");
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public @Nullable String oidcIssuer() {
        return oidcIssuer;
    }

    public @Nullable String oidcSubject() {
        return oidcSubject;
    }
}
