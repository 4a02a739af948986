package vn.danvan.insight.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
}
