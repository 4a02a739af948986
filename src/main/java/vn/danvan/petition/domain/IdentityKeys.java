package vn.danvan.petition.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.danvan.shared.DanvanHome;

/**
 * The AES-256 keys that seal petitioners' identities. The current key seals; it is
 * {@code danvan.petition.identity-key}, or, with the embedded database and no key configured, a random key
 * generated on first start and kept in {@code $DANVAN_HOME/secrets/identity.key} (readable by the owner only).
 * An external database without a configured key refuses to start: a key in the source or beside a shared
 * database would let whoever reads the database read the identities. Keys replaced by a rotation stay readable
 * while {@code danvan.petition.identity-keys} lists them, until {@link IdentityKeyRotation} has re-sealed every
 * row. Each key is known by an id of 4 bytes derived from it, written in front of what it sealed.
 */
@Component
public class IdentityKeys {

    public static final String SECRET = "identity.key";
    /**
     * The key in the source that sealed identities when no key was configured, before sealed values carried a
     * key id: kept only to read (and re-seal) those values.
     */
    public static final String DEVELOPMENT_KEY = "ZGFudmFuLWRldmVsb3BtZW50LWtleS0zMi1ieXRlcyE=";

    private static final Logger log = LoggerFactory.getLogger(IdentityKeys.class);

    public record Key(byte[] id, SecretKey secret) {

        String name() {
            return HexFormat.of().formatHex(id);
        }
    }

    private final Key current;
    private final Map<String, Key> readable = new LinkedHashMap<>();
    private final List<Key> legacy = new ArrayList<>();

    @Autowired
    IdentityKeys(PetitionSettings settings, DanvanHome home, Environment environment) {
        this(
                settings.identityKey(),
                settings.identityKeys(),
                StringUtils.hasText(environment.getProperty("spring.datasource.url")),
                home);
    }

    IdentityKeys(@Nullable String configured, @Nullable List<String> older, boolean externalDatabase, DanvanHome home) {
        String encoded = configured;
        if (!StringUtils.hasText(encoded)) {
            if (externalDatabase) {
                throw new IllegalStateException("""
                        danvan.petition.identity-key (DANVAN_PETITION_IDENTITYKEY) is not set: with an external \
                        database the key that seals denouncers' identities must be configured (32 random bytes, \
                        base64, e.g. `openssl rand -base64 32`), kept apart from the database and backed up.""");
            }
            encoded = home.secret(SECRET, IdentityKeys::generate);
            log.info("Identities are sealed with the key kept in {}", home.resolve("secrets/" + SECRET));
        }
        current = key(encoded, "danvan.petition.identity-key");
        readable.put(current.name(), current);
        if (older != null) {
            for (String each : older) {
                if (StringUtils.hasText(each)) {
                    Key key = key(each.strip(), "danvan.petition.identity-keys");
                    readable.putIfAbsent(key.name(), key);
                }
            }
        }
        legacy.addAll(readable.values());
        legacy.add(key(DEVELOPMENT_KEY, "development key"));
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public Key current() {
        return current;
    }

    /** Whether older keys are configured, so values may wait to be re-sealed with the current one. */
    public boolean rotating() {
        return readable.size() > 1;
    }

    public Optional<Key> byId(byte[] id) {
        return Optional.ofNullable(readable.get(HexFormat.of().formatHex(id)));
    }

    /** The keys that may have sealed a value written before values carried a key id, the likeliest first. */
    public List<Key> legacy() {
        return legacy;
    }

    private static Key key(String encoded, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes, base64-encoded");
        }
        return new Key(id(bytes), new SecretKeySpec(bytes, "AES"));
    }

    private static byte[] id(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("danvan identity key id\0".getBytes(StandardCharsets.US_ASCII));
            byte[] hash = digest.digest(key);
            return new byte[] {hash[0], hash[1], hash[2], hash[3]};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
