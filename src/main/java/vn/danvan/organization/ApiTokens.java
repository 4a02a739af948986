package vn.danvan.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.persistence.StaffAccounts;
import vn.danvan.organization.web.StaffDetailsService;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.ReferenceCache;

/**
 * Bearer tokens for the REST API: issued by a staff member for themself or by an administrator for a client
 * system's account, expiring, revocable, shown once and kept only as their SHA-256 (256 random bits need no slow
 * hash: unlike a password they cannot be guessed from a list). A token acts as its staff member, with the same
 * roles and scope, read afresh at every request.
 */
@Service
@Transactional
public class ApiTokens {

    /** What a token looks like: this prefix and 43 characters of base64url (256 bits). */
    public static final String PREFIX = "dvt_";

    /** The longest a token may live. */
    public static final Duration LONGEST = Duration.ofDays(366);

    public record IssuedToken(long id, String token, Instant expiresAt) {}

    public record TokenSummary(
            long id,
            String username,
            String name,
            String hint,
            String issuedBy,
            OffsetDateTime issuedAt,
            OffsetDateTime expiresAt,
            @Nullable OffsetDateTime revokedAt,
            @Nullable OffsetDateTime lastUsedAt) {

        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(OffsetDateTime.now());
        }
    }

    private static final String CACHED = StaffAccounts.API_TOKENS;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final StaffDetailsService staff;
    private final ReferenceCache cache;
    private final AuditTrail audit;

    ApiTokens(
            JdbcClient jdbc,
            StaffAccounts accounts,
            StaffDetailsService staff,
            ReferenceCache cache,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.staff = staff;
        this.cache = cache;
        this.audit = audit;
    }

    /** Issues a token for {@code username}: the issuer's own, or any account's when the issuer administers. */
    public IssuedToken issue(StaffMember issuer, String username, String name, Duration validity) {
        if (!issuer.username().equals(username) && !issuer.has(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden("organization.token.not-yours");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw DomainException.invalid("organization.token.name-required");
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(LONGEST) > 0) {
            throw DomainException.invalid("organization.token.validity", LONGEST.toDays());
        }
        var owner = accounts.findByUsername(username)
                .orElseThrow(() -> DomainException.invalid("organization.token.unknown-account", username));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = Instant.now().plus(validity);
        long id = jdbc.sql("""
                insert into organization.api_token (staff_id, name, token_hash, hint, issued_by, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        owner.id(),
                        name.strip(),
                        hash(token),
                        token.substring(0, PREFIX.length() + 4) + "…",
                        issuer.username(),
                        OffsetDateTime.ofInstant(expiresAt, java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
        audit.record(
                "organization.api-token-issued",
                "api-token",
                id,
                Map.of("account", username, "name", name.strip(), "expiresAt", expiresAt.toString()));
        return new IssuedToken(id, token, expiresAt);
    }

    /** Revokes a token of the actor's own, or any when the actor administers; another's is not found. */
    public void revoke(StaffMember actor, long id) {
        cache.evict(CACHED);
        int revoked = jdbc.sql("""
                update organization.api_token t set revoked_at = now(), revoked_by = :actor
                where id = :id and revoked_at is null
                  and (:admin or staff_id = (select a.id from organization.staff_account a where a.username = :actor))
                """)
                .param("actor", actor.username())
                .param("id", id)
                .param("admin", actor.has(Role.ADMINISTRATOR))
                .update();
        if (revoked == 0) {
            throw DomainException.notFound("organization.token.not-found", id);
        }
        audit.record("organization.api-token-revoked", "api-token", id, Map.of());
    }

    /** The tokens of an account, newest first (never the tokens themselves). */
    @Transactional(readOnly = true)
    public List<TokenSummary> of(String username) {
        return jdbc.sql("""
                select t.id, a.username, t.name, t.hint, t.issued_by, t.issued_at, t.expires_at, t.revoked_at,
                       t.last_used_at
                from organization.api_token t join organization.staff_account a on a.id = t.staff_id
                where a.username = ? order by t.issued_at desc, t.id desc
                """)
                .param(username)
                .query((rs, n) -> new TokenSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    /**
     * The staff member a presented token acts for, if the token is known, unexpired and unrevoked and its account
     * enabled, loaded as at sign-in (same roles and scope). Kept a short while ({@link ReferenceCache}, one minute
     * by default) so that a client's requests cost no query for it: revoking evicts it at once on this instance,
     * other instances and changes to the account follow within that time (as Open311 keys do). The time of use is
     * written when it is read from the database, so to the minute.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<UserDetails> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        return cache.get(CACHED, HexFormat.of().formatHex(hash), () -> load(hash))
                .filter(valid -> valid.expiresAt().isAfter(Instant.now()))
                .map(Valid::user);
    }

    private record Valid(UserDetails user, Instant expiresAt) {}

    private Optional<Valid> load(byte[] hash) {
        record Row(long id, String username, Instant expiresAt) {}
        return jdbc.sql("""
                select t.id, a.username, t.expires_at
                from organization.api_token t join organization.staff_account a on a.id = t.staff_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and a.enabled
                """)
                .param(hash)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional()
                .map(row -> {
                    jdbc.sql("update organization.api_token set last_used_at = now() where id = ?")
                            .param(row.id())
                            .update();
                    return new Valid(staff.loadUserByUsername(row.username()), row.expiresAt());
                });
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
