package vn.danvan.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.TransactionScoped;

/**
 * The receipt secret (mã bí mật): ten characters from the tracking codes' alphabet (31^10 ≈ 8·10^14), made
 * when an online case is registered and given only on its receipt (the page right after sending, and the
 * receipt e-mail). With the tracking code it proves authorship for rating and reopening; the code alone,
 * which travels in links and public lists, does not. Only a keyed hash is stored — a fast one is enough for a
 * random secret of this size — and {@value #ATTEMPTS_PER_HOUR} wrong tries in an hour lock the case's secret
 * for the rest of that hour, so it cannot be searched for.
 */
@Component
public class ReceiptSecrets {

    static final int LENGTH = 10;
    static final int ATTEMPTS_PER_HOUR = 5;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final HexFormat HEX = HexFormat.of();

    enum Verdict {
        /** The secret is the case's. */
        ACCEPTED,
        /** The case has no secret (registered before secrets, or not online): only its signed-in author may act. */
        NONE,
        WRONG,
        /** Too many wrong tries in the last hour; counted no more until the hour has passed. */
        LOCKED
    }

    private final JdbcClient jdbc;
    private final ContactSecrets keys;
    private final SecureRandom random = new SecureRandom();

    ReceiptSecrets(JdbcClient jdbc, ContactSecrets keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * Makes a secret for each newly registered case and stores its hash in the caller's transaction; the
     * plain secrets are returned and remembered until that transaction ends (for the receipt e-mail).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, String> issue(List<Long> petitionIds) {
        Map<Long, String> issued = new LinkedHashMap<>();
        String[] salts = new String[petitionIds.size()];
        String[] hashes = new String[petitionIds.size()];
        for (int i = 0; i < petitionIds.size(); i++) {
            StringBuilder secret = new StringBuilder(LENGTH);
            for (int c = 0; c < LENGTH; c++) {
                secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            salts[i] = HEX.formatHex(salt);
            hashes[i] = HEX.formatHex(keyedHash(salt, secret.toString()));
            issued.put(petitionIds.get(i), secret.toString());
        }
        jdbc.sql("""
                insert into portal.receipt_secret (petition_id, salt, hash, keyed)
                select petition_id, decode(salt, 'hex'), decode(hash, 'hex'), true
                from unnest(cast(:petition as bigint[]), cast(:salt as text[]), cast(:hash as text[]))
                    as row(petition_id, salt, hash)
                """)
                .param("petition", petitionIds.toArray(Long[]::new))
                .param("salt", salts)
                .param("hash", hashes)
                .update();
        TransactionScoped.current(Fresh.class, Fresh::new).ifPresent(fresh -> fresh.secrets.putAll(issued));
        return issued;
    }

    /**
     * The plain secret of a case registered in the current transaction, for its receipt e-mail; empty for
     * any other case: a secret cannot be read back once its transaction is over.
     */
    public Optional<String> issuedInThisTransaction(long petitionId) {
        return TransactionScoped.current(Fresh.class, Fresh::new).map(fresh -> fresh.secrets.get(petitionId));
    }

    @Transactional(readOnly = true)
    boolean exists(long petitionId) {
        return jdbc.sql("select count(*) from portal.receipt_secret where petition_id = ?")
                        .param(petitionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A reopened case answers to the secret of the case it reopens: the author holds that receipt. */
    @Transactional(propagation = Propagation.MANDATORY)
    void copy(long fromPetitionId, long toPetitionId) {
        jdbc.sql("""
                insert into portal.receipt_secret (petition_id, salt, hash, keyed)
                select ?, salt, hash, keyed from portal.receipt_secret where petition_id = ?
                """).params(toPetitionId, fromPetitionId).update();
    }

    /**
     * Checks a secret given for a case and counts a wrong one, in a transaction of its own so that the count
     * stays whatever the caller does next. Tries for one case queue on its row: at most
     * {@value #ATTEMPTS_PER_HOUR} wrong ones an hour are ever compared.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Verdict check(long petitionId, String given) {
        record Stored(byte[] salt, byte[] hash, boolean keyed, int failures, boolean recent) {}
        Optional<Stored> stored = jdbc.sql("""
                select salt, hash, keyed, failures, coalesce(failed_since > now() - interval '1 hour', false)
                from portal.receipt_secret where petition_id = ? for update
                """)
                .param(petitionId)
                .query((rs, n) ->
                        new Stored(rs.getBytes(1), rs.getBytes(2), rs.getBoolean(3), rs.getInt(4), rs.getBoolean(5)))
                .optional();
        if (stored.isEmpty()) {
            return Verdict.NONE;
        }
        if (stored.get().recent() && stored.get().failures() >= ATTEMPTS_PER_HOUR) {
            return Verdict.LOCKED;
        }
        byte[] salt = stored.get().salt();
        byte[] expected =
                stored.get().keyed() ? keyedHash(salt, normalized(given)) : saltedHash(salt, normalized(given));
        if (MessageDigest.isEqual(stored.get().hash(), expected)) {
            return Verdict.ACCEPTED;
        }
        jdbc.sql("""
                update portal.receipt_secret
                set failures = case when failed_since > now() - interval '1 hour' then failures + 1 else 1 end,
                    failed_since = case when failed_since > now() - interval '1 hour' then failed_since else now() end
                where petition_id = ?
                """).param(petitionId).update();
        return Verdict.WRONG;
    }

    /** As printed ({@code K7QM3-XRAP9}) or typed: groups, spaces and case do not matter. */
    static String normalized(@Nullable String given) {
        return given == null ? "" : given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The secret as shown on a receipt: two groups of five. */
    public static String grouped(String secret) {
        return secret.length() == LENGTH ? secret.substring(0, 5) + "-" + secret.substring(5) : secret;
    }

    /** Under the contact key, kept outside the database, and the row's salt. */
    private byte[] keyedHash(byte[] salt, String secret) {
        return keys.digest("receipt-secret", HEX.formatHex(salt) + ":" + secret);
    }

    /** Secrets made before the keyed hash: under the row's salt alone. */
    private static byte[] saltedHash(byte[] salt, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", unavailable);
        }
    }

    /** The plain secrets made in one transaction, forgotten with it. */
    private static final class Fresh implements TransactionSynchronization {
        private final Map<Long, String> secrets = new HashMap<>();
    }
}
