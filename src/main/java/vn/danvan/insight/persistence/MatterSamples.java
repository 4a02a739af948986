package vn.danvan.insight.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the same-matter matcher remembers of each petition: its MinHash signature, its band keys (commune mixed in)
 * and keyed digests of who sent it. Never a name, number or text in clear.
 */
@Repository
public class MatterSamples {

    /** A petition met through a shared band key or a shared person digest, with its signature. */
    public record Met(long petitionId, long[] signature, boolean samePerson) {}

    private final JdbcClient jdbc;

    MatterSamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers a petition once; a second call for it (the backfill meeting the listener) changes nothing. */
    public void remember(long petitionId, long[] signature, long[] bandKeys, List<byte[]> personKeys) {
        jdbc.sql("""
                insert into insight.matter_sample (petition_id, signature, band_keys, person_keys)
                values (:id, :signature, :bands, :persons)
                on conflict (petition_id) do nothing
                """)
                .param("id", petitionId)
                .param("signature", boxed(signature))
                .param("bands", boxed(bandKeys))
                .param("persons", personKeys.toArray(byte[][]::new))
                .update();
    }

    public Optional<long[]> signature(long petitionId) {
        return jdbc.sql("select signature from insight.matter_sample where petition_id = :id")
                .param("id", petitionId)
                .query((rs, n) -> longs(rs, "signature"))
                .optional();
    }

    /**
     * The petitions sharing a band key or a person digest with a new one, newest first, at most {@code limit}: the
     * candidate lookup intake pays for. The order is on an expression so that the planner answers from the GIN
     * indexes and sorts the few rows met, instead of walking the primary key backwards until it meets enough.
     */
    public List<Met> meet(long petitionId, long[] bandKeys, List<byte[]> personKeys, int limit) {
        byte[][] persons = personKeys.toArray(byte[][]::new);
        return jdbc.sql("""
                select petition_id, signature, person_keys && :persons as same_person
                from insight.matter_sample
                where petition_id <> :id and (band_keys && :bands or person_keys && :persons)
                order by petition_id + 0 desc
                limit :limit
                """)
                .param("id", petitionId)
                .param("bands", boxed(bandKeys))
                .param("persons", persons)
                .param("limit", limit)
                .query((rs, n) ->
                        new Met(rs.getLong("petition_id"), longs(rs, "signature"), rs.getBoolean("same_person")))
                .list();
    }

    /** How far the backfill has walked through the petitions' ids. */
    public long backfilledUpTo() {
        return jdbc.sql("select last_id from insight.matter_backfill")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    public void backfilledUpTo(long lastId) {
        jdbc.sql("update insight.matter_backfill set last_id = greatest(last_id, :last), updated_at = now()")
                .param("last", lastId)
                .update();
    }

    private static Long[] boxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static long[] longs(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        Object[] values = (Object[]) array.getArray();
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = ((Number) values[i]).longValue();
        }
        return longs;
    }
}
