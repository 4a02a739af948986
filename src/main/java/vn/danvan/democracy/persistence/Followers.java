package vn.danvan.democracy.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Citizens who follow a commune's disclosures by e-mail. Only sealed values and keyed digests are stored; the
 * caller seals and digests ({@link vn.danvan.shared.ContactSecrets}).
 */
@Repository
public class Followers {

    /** A follower as stored: the sealed address and the sealed token of its links. */
    public record Follower(long id, String communeCode, byte[] emailSealed, byte[] tokenSealed, boolean confirmed) {}

    private final JdbcClient jdbc;

    Followers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a follower, or finds the one with the same address for the commune; its row is locked. */
    public Follower addOrFind(
            String communeCode, byte[] emailSealed, byte[] emailDigest, byte[] tokenSealed, byte[] tokenDigest) {
        jdbc.sql("""
                insert into democracy.follower (commune_code, email_sealed, email_digest, token_sealed, token_digest)
                values (?, ?, ?, ?, ?)
                on conflict (commune_code, email_digest) do nothing
                """)
                .params(communeCode, emailSealed, emailDigest, tokenSealed, tokenDigest)
                .update();
        return jdbc.sql("""
                select id, commune_code, email_sealed, token_sealed, confirmed_at is not null from democracy.follower
                where commune_code = ? and email_digest = ? for update
                """)
                .params(communeCode, emailDigest)
                .query(Followers::follower)
                .single();
    }

    /** The follower a link's token names; {@code lock} holds its row until the transaction ends. */
    public Optional<Follower> byToken(byte[] tokenDigest, boolean lock) {
        return jdbc.sql("""
                select id, commune_code, email_sealed, token_sealed, confirmed_at is not null from democracy.follower
                where token_digest = ?""" + (lock ? " for update" : ""))
                .param(tokenDigest)
                .query(Followers::follower)
                .optional();
    }

    public void confirm(long id) {
        jdbc.sql("update democracy.follower set confirmed_at = now() where id = ? and confirmed_at is null")
                .param(id)
                .update();
    }

    public void remove(long id) {
        jdbc.sql("delete from democracy.follower where id = ?").param(id).update();
    }

    public List<Follower> confirmedOf(String communeCode) {
        return jdbc.sql("""
                select id, commune_code, email_sealed, token_sealed, true from democracy.follower
                where commune_code = ? and confirmed_at is not null order by id
                """).param(communeCode).query(Followers::follower).list();
    }

    public int countConfirmed(String communeCode) {
        return jdbc.sql("select count(*) from democracy.follower where commune_code = ? and confirmed_at is not null")
                .param(communeCode)
                .query(Integer.class)
                .single();
    }

    private static Follower follower(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Follower(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4), rs.getBoolean(5));
    }
}
