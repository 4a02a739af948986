package vn.danvan.portal.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploads kept between a portal form that came back with an error and its next sending, under a random token
 * (256 bits) of which only the digest is stored (portal.kept_upload).
 */
@Repository
public class KeptUploads {

    /** A kept file: its name as the citizen's device gave it, and its bytes. */
    public record Kept(String name, byte[] content) {}

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    public KeptUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the files until {@code until} under a new token, and drops what has expired by {@code now}. */
    public String keep(List<Kept> files, Instant now, Instant until) {
        purgeExpired(now);
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        for (Kept file : files) {
            jdbc.sql(
                            "insert into portal.kept_upload (token_digest, file_name, content, kept_until) values (?, ?, ?, ?)")
                    .param(digest(token))
                    .param(file.name())
                    .param(file.content())
                    .param(Timestamp.from(until))
                    .update();
        }
        return token;
    }

    /** The files still kept under the token, in the order they were attached. */
    public List<Kept> find(String token, Instant now) {
        return jdbc.sql("""
                select file_name, content from portal.kept_upload
                where token_digest = ? and kept_until >= ? order by id
                """)
                .param(digest(token))
                .param(Timestamp.from(now))
                .query((rs, row) -> new Kept(rs.getString(1), rs.getBytes(2)))
                .list();
    }

    /** The names of the files kept under the token (for the form to show), without reading their bytes. */
    public List<String> names(String token, Instant now) {
        return jdbc.sql("""
                select file_name from portal.kept_upload where token_digest = ? and kept_until >= ? order by id
                """)
                .param(digest(token))
                .param(Timestamp.from(now))
                .query(String.class)
                .list();
    }

    /** Deletes the files (rows and bytes) expired by {@code now}; how many. The purge job calls it too. */
    public int purgeExpired(Instant now) {
        return jdbc.sql("delete from portal.kept_upload where kept_until < ?")
                .param(Timestamp.from(now))
                .update();
    }

    public void forget(String token) {
        jdbc.sql("delete from portal.kept_upload where token_digest = ?")
                .param(digest(token))
                .update();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
