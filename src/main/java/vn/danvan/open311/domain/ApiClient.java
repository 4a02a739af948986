package vn.danvan.open311.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * A client organisation allowed to send requests through Open311: issued a key by an administrator, and active
 * until revoked; a revoked client stays on the list and its key opens nothing.
 */
public final class ApiClient {

    private final @Nullable Long id;
    private final String name;
    private final @Nullable String contact;
    private final String keySha256;
    private final String keyPrefix;
    private final @Nullable OffsetDateTime createdAt;
    private @Nullable OffsetDateTime revokedAt;

    private ApiClient(
            @Nullable Long id,
            String name,
            @Nullable String contact,
            String keySha256,
            String keyPrefix,
            @Nullable OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt) {
        this.id = id;
        this.name = name;
        this.contact = contact;
        this.keySha256 = keySha256;
        this.keyPrefix = keyPrefix;
        this.createdAt = createdAt;
        this.revokedAt = revokedAt;
    }

    /** A new client with its key; the name is required (at most 200 characters), the key must be long enough. */
    public static ApiClient issue(@Nullable String name, @Nullable String contact, String key) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw DomainException.invalid("open311.client-name-required");
        }
        ApiKey apiKey = new ApiKey(key);
        return new ApiClient(
                null, name.strip(), InputText.blankToNull(contact), apiKey.sha256(), apiKey.prefix(), null, null);
    }

    /** A client as stored. */
    public static ApiClient restore(
            long id,
            String name,
            @Nullable String contact,
            String keySha256,
            String keyPrefix,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt) {
        return new ApiClient(id, name, contact, keySha256, keyPrefix, createdAt, revokedAt);
    }

    /** Its key opens nothing from now on; a client revoked already is, for this move, not found. */
    public void revoke(OffsetDateTime at) {
        if (revokedAt != null) {
            throw DomainException.notFound("open311.client-not-found", id());
        }
        revokedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public long id() {
        return Objects.requireNonNull(id, "not stored yet");
    }

    public String name() {
        return name;
    }

    public @Nullable String contact() {
        return contact;
    }

    public String keySha256() {
        return keySha256;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public @Nullable OffsetDateTime createdAt() {
        return createdAt;
    }

    public @Nullable OffsetDateTime revokedAt() {
        return revokedAt;
    }
}
