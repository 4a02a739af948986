package vn.danvan.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keeps citizens' contacts (e-mail addresses, phone numbers) and sign-in names out of the database in clear:
 * a keyed digest (HMAC-SHA-256) where only equality matters — the limits count a contact by it — and AES-256-GCM
 * where the contact must be read back (to send a notification). A plain hash would not do: the phone numbers
 * of a country are few enough to hash them all.
 * <p>
 * The key is {@code danvan.contact-key} (base64, 32 bytes), else the secret {@code secrets/contact.key} under
 * {@code $DANVAN_HOME} ({@link DanvanHome#secret}), made with a random key on the first start of the embedded
 * database and readable by its owner only; backups carry it with the other secrets. Instances that share an
 * external database must share the key, so with one configured ({@code spring.datasource.url}) and no key the
 * application refuses to start.
 */
@Component
public class ContactSecrets {

    private static final String SECRET = "contact.key";

    private final SecretKeySpec digestKey;
    private final SecretKeySpec sealKey;
    private final SecureRandom random = new SecureRandom();

    ContactSecrets(Environment environment, DanvanHome home) {
        byte[] master = Base64.getDecoder()
                .decode(key(
                        environment.getProperty("danvan.contact-key"),
                        StringUtils.hasText(environment.getProperty("spring.datasource.url")),
                        home));
        if (master.length < 32) {
            throw new IllegalStateException("danvan.contact-key must be at least 32 bytes, base64-encoded");
        }
        this.digestKey = new SecretKeySpec(hmac(new SecretKeySpec(master, "HmacSHA256"), "digest"), "HmacSHA256");
        this.sealKey = new SecretKeySpec(hmac(new SecretKeySpec(master, "HmacSHA256"), "seal"), "AES");
    }

    private static String key(@Nullable String configured, boolean externalDatabase, DanvanHome home) {
        if (StringUtils.hasText(configured)) {
            return configured.strip();
        }
        if (externalDatabase) {
            throw new IllegalStateException("An external database needs danvan.contact-key (DANVAN_CONTACT_KEY), "
                    + "the same on every instance: 32 random bytes, base64-encoded");
        }
        return home.secret(SECRET, () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return Base64.getEncoder().encodeToString(fresh);
        });
    }

    /** The keyed digest of a value of one kind ("email", "phone", "sign-in"…), already in its canonical form. */
    public byte[] digest(String kind, String value) {
        return hmac(digestKey, kind + ":" + value);
    }

    /** As {@link #digest(String, String)}, in hexadecimal: for keys that are text. */
    public String hexDigest(String kind, String value) {
        return HexFormat.of().formatHex(digest(kind, value));
    }

    /** A contact encrypted for storage: IV (12 bytes) followed by the sealed text. */
    public byte[] seal(String value) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a contact", e);
        }
    }

    public String open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, sealed, 0, 12));
            return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a contact", e);
        }
    }

    /** An e-mail address or phone number for a log line: enough to tell two apart, not enough to reach anyone. */
    public static String masked(@Nullable String contact) {
        if (contact == null || contact.isBlank()) {
            return "—";
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***@" + contact.substring(at + 1);
        }
        return contact.length() <= 4
                ? "****"
                : "*".repeat(contact.length() - 3) + contact.substring(contact.length() - 3);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
