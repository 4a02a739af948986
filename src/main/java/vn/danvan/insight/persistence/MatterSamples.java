package vn.danvan.insight.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.insight.domain.MatcherMinHash;

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
     * The petitions sharing a band (the same key at the same band position) or a person digest with a new one, newest
     * first, at most {@code limit}: the candidate lookup intake pays for. Each band position has a B-tree of its own
     * (migration V2026_12_03_0200), so a lookup is one descent into each and a bitmap of the few rows met; the person
     * condition repeats the partial index's predicate so that the planner may use it. The order is on an expression
     * so that the planner sorts the few rows met instead of walking the primary key backwards until it meets enough.
     */
    public List<Met> meet(long petitionId, long[] bandKeys, List<byte[]> personKeys, int limit) {
        return lookup("", petitionId, bandKeys, personKeys, limit)
                .query((rs, n) ->
                        new Met(rs.getLong("petition_id"), longs(rs, "signature"), rs.getBoolean("same_person")))
                .list();
    }

    /** The plan of {@link #meet} as it ran, with its buffers: what an operator or the benchmark checks. */
    public List<String> explainMeet(long petitionId, long[] bandKeys, List<byte[]> personKeys, int limit) {
        return lookup("explain (analyze, buffers) ", petitionId, bandKeys, personKeys, limit)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec lookup(
            String prefix, long petitionId, long[] bandKeys, List<byte[]> personKeys, int limit) {
        if (bandKeys.length != MatcherMinHash.BANDS) {
            throw new IllegalArgumentException("expected " + MatcherMinHash.BANDS + " band keys");
        }
        byte[][] persons = personKeys.toArray(byte[][]::new);
        JdbcClient.StatementSpec statement = jdbc.sql(
                        prefix + (persons.length == 0 ? MEET_BY_BANDS : MEET_BY_BANDS_OR_PERSON))
                .param("id", petitionId)
                .param("limit", limit);
        for (int band = 0; band < bandKeys.length; band++) {
            statement = statement.param("b" + (band + 1), bandKeys[band]);
        }
        if (persons.length > 0) {
            statement = statement.param("persons", persons);
        }
        return statement;
    }

    private static final String BANDS_MET = IntStream.rangeClosed(1, MatcherMinHash.BANDS)
            .mapToObj(band -> "band_keys[" + band + "] = :b" + band)
            .collect(Collectors.joining(" or "));

    private static final String MEET_BY_BANDS = """
            select petition_id, signature, false as same_person
            from insight.matter_sample
            where petition_id <> :id and (%s)
            order by petition_id + 0 desc
            limit :limit
            """.formatted(BANDS_MET);

    private static final String MEET_BY_BANDS_OR_PERSON = """
            select petition_id, signature, person_keys && :persons as same_person
            from insight.matter_sample
            where petition_id <> :id
              and (%s or (cardinality(person_keys) > 0 and person_keys && :persons))
            order by petition_id + 0 desc
            limit :limit
            """.formatted(BANDS_MET);

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
