package vn.danvan.organization.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.ReferenceCache;

/** The bodies (cơ quan, tổ chức) danvan knows. */
@Repository
public class Bodies {

    private static final RowMapper<Body> BODY = (rs, row) -> new Body(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("name"),
            BodyKind.valueOf(rs.getString("kind")),
            UnitLevel.valueOf(rs.getString("level")),
            rs.getString("province_code"),
            rs.getString("commune_code"),
            rs.getObject("superior_id", Long.class));

    private static final String CACHED = "organization.body";

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    public Bodies(JdbcClient jdbc, ReferenceCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    public Optional<Body> find(long id) {
        return cache.get(
                CACHED,
                id,
                () -> jdbc.sql("select * from organization.body where id = ?")
                        .param(id)
                        .query(BODY)
                        .optional());
    }

    public Optional<Body> findByCode(String code) {
        return jdbc.sql("select * from organization.body where code = ?")
                .param(code)
                .query(BODY)
                .optional();
    }

    /**
     * Every active body, kept in the reference cache: most staff pages read the whole list (names, scope), the home
     * page three times per view, and fetching its ~3,400 rows was most of {@code GET /home} (docs/performance.md,
     * issue 20). {@link #add} evicts it; another instance sees a new body within the cache's time to live.
     */
    public List<Body> all() {
        return cache.value(
                CACHED,
                "all",
                () -> List.copyOf(jdbc.sql(
                                "select * from organization.body where active order by level, province_code nulls first, name")
                        .query(BODY)
                        .list()));
    }

    /** The active bodies of a kind at a commune, or at a province (commune null). */
    public List<Body> at(BodyKind kind, String provinceCode, @Nullable String communeCode) {
        return cache.get(
                        CACHED,
                        "at|" + kind + "|" + provinceCode + "|" + communeCode,
                        () -> Optional.of(atNow(kind, provinceCode, communeCode))
                                .filter(found -> !found.isEmpty()))
                .orElse(List.of());
    }

    private List<Body> atNow(BodyKind kind, String provinceCode, @Nullable String communeCode) {
        return communeCode == null
                ? jdbc.sql(
                                "select * from organization.body where active and kind = ? and province_code = ? and commune_code is null order by id")
                        .params(kind.name(), provinceCode)
                        .query(BODY)
                        .list()
                : jdbc.sql("select * from organization.body where active and kind = ? and commune_code = ? order by id")
                        .params(kind.name(), communeCode)
                        .query(BODY)
                        .list();
    }

    /** The body and every body below it, however deep. */
    public Set<Long> withSubordinates(long id) {
        return jdbc.sql("""
                with recursive tree(id) as (
                    select id from organization.body where id = :id
                    union
                    select b.id from organization.body b join tree t on b.superior_id = t.id
                )
                select id from tree
                """).param("id", id).query(Long.class).stream().collect(Collectors.toUnmodifiableSet());
    }

    public Body add(
            String code,
            String name,
            BodyKind kind,
            UnitLevel level,
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable Long superiorId) {
        long id = jdbc.sql("""
                insert into organization.body (code, name, kind, level, province_code, commune_code, superior_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .param(code)
                .param(name)
                .param(kind.name())
                .param(level.name())
                .param(provinceCode)
                .param(communeCode)
                .param(superiorId)
                .query(Long.class)
                .single();
        cache.evict(CACHED);
        return new Body(id, code, name, kind, level, provinceCode, communeCode, superiorId);
    }
}
