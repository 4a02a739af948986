package vn.danvan.portal.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.domain.RoutingRule;
import vn.danvan.shared.AuditTrail;

/** The routing table's rules ({@code portal.routing_rule}). */
@Repository
public class RoutingRules {

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, everywhere-rules first, then by province, commune, field and type. */
    public List<RoutingRule> all() {
        return jdbc.sql("""
                select id, province_code, commune_code, field_code, petition_type, body_id from portal.routing_rule
                order by province_code nulls first, commune_code nulls first, field_code nulls first, petition_type nulls first
                """)
                .query((rs, n) -> new RoutingRule(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5) == null ? null : PetitionType.valueOf(rs.getString(5)),
                        rs.getLong(6)))
                .list();
    }

    /** Whether a rule for exactly this area, field and type exists already. */
    public boolean anyFor(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable String fieldCode,
            @Nullable PetitionType type) {
        return jdbc.sql("""
                select count(*) from portal.routing_rule where coalesce(province_code, '') = coalesce(?, '')
                  and coalesce(commune_code, '') = coalesce(?, '') and coalesce(field_code, '') = coalesce(?, '')
                  and coalesce(petition_type, '') = coalesce(?, '')
                """)
                        .param(provinceCode)
                        .param(communeCode)
                        .param(fieldCode)
                        .param(type == null ? null : type.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Stores a new rule, by the current actor; its id. */
    public long add(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable String fieldCode,
            @Nullable PetitionType type,
            long bodyId) {
        return jdbc.sql("""
                insert into portal.routing_rule (province_code, commune_code, field_code, petition_type, body_id, created_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
                .param(provinceCode)
                .param(communeCode)
                .param(fieldCode)
                .param(type == null ? null : type.name())
                .param(bodyId)
                .param(AuditTrail.currentActor())
                .query(Long.class)
                .single();
    }

    /** Removes a rule; false when there was none with this id. */
    public boolean remove(long id) {
        return jdbc.sql("delete from portal.routing_rule where id = ?")
                        .param(id)
                        .update()
                > 0;
    }
}
