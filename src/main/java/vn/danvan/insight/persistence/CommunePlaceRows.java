package vn.danvan.insight.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.insight.domain.CommuneShape;

/** The imported places of communes. */
@Repository
public class CommunePlaceRows {

    private final JdbcClient jdbc;

    CommunePlaceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommuneShape> all() {
        return jdbc.sql("select commune_code, latitude, longitude, boundary::text from insight.commune_place")
                .query((rs, n) -> new CommuneShape(
                        rs.getString(1), rs.getDouble(2), rs.getDouble(3), (@Nullable String) rs.getString(4)))
                .list();
    }

    /** Replaces the place of each commune in the file; communes the file does not name keep theirs. */
    public void save(List<CommuneShape> shapes, String by) {
        for (CommuneShape shape : shapes) {
            jdbc.sql("""
                    insert into insight.commune_place (commune_code, latitude, longitude, boundary, imported_by)
                    values (:code, :lat, :lon, cast(:boundary as jsonb), :by)
                    on conflict (commune_code) do update set latitude = excluded.latitude,
                        longitude = excluded.longitude, boundary = excluded.boundary,
                        imported_at = now(), imported_by = excluded.imported_by
                    """)
                    .param("code", shape.communeCode())
                    .param("lat", shape.latitude())
                    .param("lon", shape.longitude())
                    .param("boundary", shape.boundary())
                    .param("by", by)
                    .update();
        }
    }
}
