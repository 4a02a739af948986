package vn.danvan.open311;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.open311.domain.ApiClient;
import vn.danvan.open311.domain.ApiKey;
import vn.danvan.open311.persistence.ApiClients;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.ReferenceCache;

/** API keys of client organisations: issued and revoked by an administrator, audited, stored as hashes. */
@Service
@Transactional
public class ApiClientManagement {

    public record Client(
            long id,
            String name,
            @Nullable String contact,
            String keyPrefix,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt) {}

    public record IssuedKey(long id, String name, String key) {}

    private static final String CACHED = "open311.api_client";

    private final ApiClients clients;
    private final AuditTrail audit;
    private final ReferenceCache cache;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiClientManagement(ApiClients clients, AuditTrail audit, ReferenceCache cache, Clock clock) {
        this.clients = clients;
        this.audit = audit;
        this.cache = cache;
        this.clock = clock;
    }

    public IssuedKey issue(String name, @Nullable String contact) {
        return register(name, contact, ApiKey.generate(random).value());
    }

    /** Registers a key chosen elsewhere (the demo's published key); the key must be long and unguessable. */
    public IssuedKey register(String name, @Nullable String contact, String key) {
        ApiClient client = ApiClient.issue(name, contact, key);
        long id = clients.add(client);
        audit.record(
                "open311.key-issued", "api_client", id, Map.of("name", client.name(), "prefix", client.keyPrefix()));
        return new IssuedKey(id, client.name(), key);
    }

    public void revoke(long id) {
        cache.evict(CACHED);
        ApiClient client = clients.byId(id).orElseThrow(() -> DomainException.notFound("open311.client-not-found", id));
        client.revoke(OffsetDateTime.now(clock));
        if (!clients.revoked(client)) {
            throw DomainException.notFound("open311.client-not-found", id);
        }
        audit.record("open311.key-revoked", "api_client", id, Map.of());
    }

    @Transactional(readOnly = true)
    public Optional<Client> authenticate(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = ApiKey.sha256(key.strip());
        return cache.get(CACHED, hash, () -> clients.activeWithKey(hash).map(ApiClientManagement::view));
    }

    @Transactional(readOnly = true)
    public List<Client> all() {
        return clients.all().stream().map(ApiClientManagement::view).toList();
    }

    private static Client view(ApiClient client) {
        return new Client(
                client.id(),
                client.name(),
                client.contact(),
                client.keyPrefix(),
                Objects.requireNonNull(client.createdAt()),
                client.revokedAt());
    }
}
