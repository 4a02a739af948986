package vn.danvan.open311.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import vn.danvan.shared.DomainException;

/**
 * A client organisation's API key: long and unguessable (made here, or chosen elsewhere like the demo's published
 * key); only its SHA-256 and its first characters are ever stored.
 */
public record ApiKey(String value) {

    public ApiKey {
        if (value.length() < 20) {
            throw DomainException.invalid("open311.key-too-short");
        }
    }

    /** A new key: {@code dv_} and 24 random bytes in hexadecimal. */
    public static ApiKey generate(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return new ApiKey("dv_" + HexFormat.of().formatHex(bytes));
    }

    /** The first characters, by which an administrator tells keys apart. */
    public String prefix() {
        return value.substring(0, 8);
    }

    public String sha256() {
        return sha256(value);
    }

    /** The stored form of whatever a client presents as its key. */
    public static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "ApiKey[" + prefix() + "…]";
    }
}
