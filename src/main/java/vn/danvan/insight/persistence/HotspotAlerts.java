package vn.danvan.insight.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.insight.domain.HotspotScoring;

/** The hot spots' state and their alerts. */
@Repository
public class HotspotAlerts {

    public record AlertRow(
            long id, String communeCode, String fieldCode, LocalDate crossedOn, double score, String evidence) {}

    private final JdbcClient jdbc;

    HotspotAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the pair hot; true only for the one caller that changed it from cool (or unknown) to hot. */
    public boolean turnHot(String communeCode, String fieldCode, LocalDate on) {
        return jdbc.sql("""
                insert into insight.hotspot_state (commune_code, field_code, hot, changed_on) values (:commune, :field, true, :on)
                on conflict (commune_code, field_code) do update set hot = true, changed_on = excluded.changed_on
                where not insight.hotspot_state.hot
                returning 1
                """)
                .param("commune", communeCode)
                .param("field", fieldCode)
                .param("on", on)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** Marks the pair cool, so that its next crossing alerts again. */
    public void turnCool(String communeCode, String fieldCode, LocalDate on) {
        jdbc.sql("""
                update insight.hotspot_state set hot = false, changed_on = :on
                where commune_code = :commune and field_code = :field and hot
                """)
                .param("commune", communeCode)
                .param("field", fieldCode)
                .param("on", on)
                .update();
    }

    public List<String> hotPairs() {
        return jdbc.sql("select commune_code || '|' || field_code from insight.hotspot_state where hot")
                .query(String.class)
                .list();
    }

    public Optional<Long> add(
            String communeCode, String fieldCode, LocalDate crossedOn, double score, String evidence) {
        return jdbc.sql("""
                insert into insight.hotspot_alert (commune_code, field_code, crossed_on, score, evidence)
                values (:commune, :field, :on, :score, :evidence::jsonb)
                on conflict (commune_code, field_code, crossed_on) do nothing returning id
                """)
                .param("commune", communeCode)
                .param("field", fieldCode)
                .param("on", crossedOn)
                .param("score", score)
                .param("evidence", evidence)
                .query(Long.class)
                .optional();
    }

    public List<AlertRow> latest(String communeCode, String fieldCode, int limit) {
        return jdbc.sql("""
                select id, commune_code, field_code, crossed_on, score, evidence::text from insight.hotspot_alert
                where commune_code = :commune and field_code = :field order by crossed_on desc limit :limit
                """)
                .param("commune", communeCode)
                .param("field", fieldCode)
                .param("limit", limit)
                .query((rs, n) -> new AlertRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getDouble(5),
                        rs.getString(6)))
                .list();
    }

    /** The watch's score of one commune and field, as stored on its state row. */
    public record ScoreRow(
            String communeCode,
            String fieldCode,
            int recent,
            int history,
            double expected,
            double score,
            boolean overThreshold,
            List<HotspotScoring.Part> parts,
            List<Long> bodyIds,
            Instant computedAt) {}

    private static final int CHUNK = 20_000;

    /**
     * Keeps a run's scores on the state rows (inserting cool rows for the pairs new to the watch) and clears the scores
     * of the pairs this run no longer saw; the alert state ({@code hot}, {@code changed_on}) is left to
     * {@link #turnHot} and {@link #turnCool}.
     */
    public void store(List<ScoreRow> rows, LocalDate asOf) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            storeChunk(rows.subList(from, Math.min(rows.size(), from + CHUNK)), asOf);
        }
        jdbc.sql("delete from insight.hotspot_state where not hot and scored_on is distinct from :on")
                .param("on", asOf)
                .update();
        jdbc.sql("""
                update insight.hotspot_state set score = 0, over_threshold = false, recent = 0, parts = '[]', scored_on = :on
                where hot and scored_on is distinct from :on
                """).param("on", asOf).update();
    }

    private void storeChunk(List<ScoreRow> rows, LocalDate asOf) {
        jdbc.sql("""
                insert into insight.hotspot_state (commune_code, field_code, hot, changed_on, score, over_threshold, recent,
                    history, expected, parts, body_ids, scored_on, computed_at)
                select c, f, false, :on, s, o, r, h, e, p::jsonb, b::bigint[], :on, :at
                from unnest(:communes::text[], :fields::text[], :scores::numeric[], :overs::boolean[], :recents::int[],
                            :histories::int[], :expecteds::numeric[], :parts::text[], :bodies::text[])
                     as t(c, f, s, o, r, h, e, p, b)
                on conflict (commune_code, field_code) do update set score = excluded.score,
                    over_threshold = excluded.over_threshold, recent = excluded.recent, history = excluded.history,
                    expected = excluded.expected, parts = excluded.parts, body_ids = excluded.body_ids,
                    scored_on = excluded.scored_on, computed_at = excluded.computed_at
                """)
                .param("on", asOf)
                .param("at", Timestamp.from(rows.getFirst().computedAt()))
                .param("communes", rows.stream().map(ScoreRow::communeCode).toArray(String[]::new))
                .param("fields", rows.stream().map(ScoreRow::fieldCode).toArray(String[]::new))
                .param("scores", rows.stream().map(ScoreRow::score).toArray(Double[]::new))
                .param("overs", rows.stream().map(ScoreRow::overThreshold).toArray(Boolean[]::new))
                .param("recents", rows.stream().map(ScoreRow::recent).toArray(Integer[]::new))
                .param("histories", rows.stream().map(ScoreRow::history).toArray(Integer[]::new))
                .param("expecteds", rows.stream().map(ScoreRow::expected).toArray(Double[]::new))
                .param(
                        "parts",
                        rows.stream()
                                .map(row -> JSON.writeValueAsString(row.parts()))
                                .toArray(String[]::new))
                .param(
                        "bodies",
                        rows.stream()
                                .map(row -> row.bodyIds().stream()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(",", "{", "}")))
                                .toArray(String[]::new))
                .update();
    }

    /**
     * The stored scores above zero, highest first, of the pairs with a case of the given bodies (all when null).
     */
    public List<ScoreRow> scored(@Nullable Set<Long> bodies, int limit) {
        var statement = jdbc.sql(SELECT + " where score > 0" + (bodies == null ? "" : " and body_ids && :bodies")
                + " order by score desc, commune_code, field_code limit :limit");
        if (bodies != null) {
            statement = statement.param("bodies", bodies.toArray(Long[]::new));
        }
        return statement.param("limit", limit).query(HotspotAlerts::scoreRow).list();
    }

    /** One pair's stored score, when it has a case of the given bodies (any when null). */
    public Optional<ScoreRow> scored(String communeCode, String fieldCode, @Nullable Set<Long> bodies) {
        var statement = jdbc.sql(SELECT + " where commune_code = :commune and field_code = :field and score is not null"
                        + (bodies == null ? "" : " and body_ids && :bodies"))
                .param("commune", communeCode)
                .param("field", fieldCode);
        if (bodies != null) {
            statement = statement.param("bodies", bodies.toArray(Long[]::new));
        }
        return statement.query(HotspotAlerts::scoreRow).optional();
    }

    /** When the watch last stored its scores. */
    public Optional<Instant> computedAt() {
        return jdbc.sql("select max(computed_at) from insight.hotspot_state")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    private static final String SELECT = """
            select commune_code, field_code, recent, history, expected, score, over_threshold, parts::text, body_ids,
                   computed_at
            from insight.hotspot_state""";

    private static ScoreRow scoreRow(ResultSet rs, int n) throws SQLException {
        String parts = rs.getString(8);
        return new ScoreRow(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getDouble(5),
                rs.getDouble(6),
                rs.getBoolean(7),
                parts == null ? List.of() : JSON.readValue(parts, PARTS),
                List.of((Long[]) rs.getArray(9).getArray()),
                Optional.ofNullable(rs.getTimestamp(10))
                        .map(Timestamp::toInstant)
                        .orElse(Instant.EPOCH));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<HotspotScoring.Part>> PARTS = new TypeReference<>() {};
}
