package vn.danvan.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.ReferenceCache;

/** API keys of client organisations: issued and revoked by an administrator, audited, stored as hashes. */
@Service
@Transactional
public class ApiClients {

    public record Client(long id, String name, @Nullable String contact, String keyPrefix, OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt) {
    }

    public record IssuedKey(long id, String name, String key) {
    }

    private static final String CACHED = "open311.api_client";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ReferenceCache cache;
    private final SecureRandom random = new SecureRandom();

    ApiClients(JdbcClient jdbc, AuditTrail audit, ReferenceCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public IssuedKey issue(String name, @Nullable String contact) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return register(name, contact, "dv_" + HexFormat.of().formatHex(bytes));
    }

    /** Registers a key chosen elsewhere (the demo's published key); the key must be long and unguessable. */
    public IssuedKey register(String name, @Nullable String contact, String key) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw DomainException.invalid("open311.client-name-required");
        }
        if (key.length() < 20) {
            throw DomainException.invalid("open311.key-too-short");
        }
        long id = jdbc.sql("""
                insert into open311.api_client (name, contact, key_sha256, key_prefix, created_by) values (?, ?, ?, ?, ?)
                returning id
                """).params(name.strip(), contact == null || contact.isBlank() ? null : contact.strip(), sha256(key),
                key.substring(0, 8), AuditTrail.currentActor()).query(Long.class).single();
        audit.record("open311.key-issued", "api_client", id, Map.of("name", name.strip(), "prefix", key.substring(0, 8)));
        return new IssuedKey(id, name.strip(), key);
    }

    public void revoke(long id) {
        cache.evict(CACHED);
        int revoked = jdbc.sql("update open311.api_client set revoked_at = now() where id = ? and revoked_at is null")
                .param(id).update();
        if (revoked == 0) {
            throw DomainException.notFound("open311.client-not-found", id);
        }
        audit.record("open311.key-revoked", "api_client", id, Map.of());
    }

    @Transactional(readOnly = true)
    public Optional<Client> authenticate(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = sha256(key.strip());
        return cache.get(CACHED, hash, () -> jdbc
                .sql("select * from open311.api_client where key_sha256 = ? and revoked_at is null")
                .param(hash).query(ApiClients::client).optional());
    }

    @Transactional(readOnly = true)
    public List<Client> all() {
        return jdbc.sql("select * from open311.api_client order by revoked_at nulls first, name").query(ApiClients::client)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return jdbc.sql("select count(*) from open311.api_client where key_sha256 = ?").param(sha256(key))
                .query(Long.class).single() > 0;
    }

    private static Client client(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Client(rs.getLong("id"), rs.getString("name"), rs.getString("contact"), rs.getString("key_prefix"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
