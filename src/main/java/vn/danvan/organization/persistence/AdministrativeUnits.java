package vn.danvan.organization.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.UnitLevel;
import vn.danvan.organization.domain.UnitRecord;
import vn.danvan.shared.ReferenceCache;
import vn.danvan.shared.VietnameseText;

/** Provinces and communes, current and historical. */
@Repository
public class AdministrativeUnits {

    public static final RowMapper<AdministrativeUnit> UNIT = (rs, row) -> new AdministrativeUnit(
            rs.getString("code"),
            UnitLevel.valueOf(rs.getString("level")),
            rs.getString("name"),
            rs.getString("full_name"),
            rs.getString("province_code"),
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class));

    /** A current unit as stored, with its row id. */
    public record Stored(long id, UnitRecord unit) {}

    private static final String CACHED = "organization.administrative_unit";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReferenceCache cache;

    public AdministrativeUnits(JdbcClient jdbc, JdbcTemplate batch, ReferenceCache cache) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cache = cache;
    }

    public Optional<AdministrativeUnit> current(UnitLevel level, String code) {
        return cache.get(
                CACHED,
                level + "|" + code,
                () -> jdbc.sql(
                                "select * from organization.administrative_unit where level = ? and code = ? and valid_to is null")
                        .params(level.name(), code)
                        .query(UNIT)
                        .optional());
    }

    public Optional<AdministrativeUnit> validOn(UnitLevel level, String code, LocalDate date) {
        return jdbc.sql("""
                select * from organization.administrative_unit
                where level = ? and code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                """)
                .params(level.name(), code, Date.valueOf(date), Date.valueOf(date))
                .query(UNIT)
                .optional();
    }

    public List<AdministrativeUnit> currentProvinces() {
        return jdbc.sql(
                        "select * from organization.administrative_unit where level = 'PROVINCE' and valid_to is null order by code")
                .query(UNIT)
                .list();
    }

    public List<AdministrativeUnit> currentCommunes(String provinceCode) {
        return jdbc.sql("""
                select * from organization.administrative_unit
                where level = 'COMMUNE' and province_code = ? and valid_to is null order by search_text
                """).param(provinceCode).query(UNIT).list();
    }

    /**
     * Whether the table has no unit at all, asked under a transaction-scoped advisory lock so that of two
     * instances starting on a new database one loads the official list and the other then finds it there.
     */
    public boolean noneYetLocked() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('organization.administrative_unit|first-start', 0))")
                .query()
                .listOfRows();
        return jdbc.sql("select not exists (select 1 from organization.administrative_unit)")
                .query(Boolean.class)
                .single();
    }

    public int countCurrent(UnitLevel level) {
        return jdbc.sql("select count(*) from organization.administrative_unit where level = ? and valid_to is null")
                .param(level.name())
                .query(Integer.class)
                .single();
    }

    /** Current units of a level by code, with every imported column, in one query. */
    public Map<String, Stored> currentByCode(UnitLevel level) {
        Map<String, Stored> units = new HashMap<>();
        jdbc.sql("select * from organization.administrative_unit where level = ? and valid_to is null")
                .param(level.name())
                .query((rs, row) -> new Stored(
                        rs.getLong("id"),
                        new UnitRecord(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("name_en"),
                                rs.getString("full_name"),
                                rs.getString("full_name_en"),
                                rs.getString("unit_type"),
                                rs.getString("type_name"),
                                rs.getString("province_code"))))
                .list()
                .forEach(stored -> units.put(stored.unit().code(), stored));
        return units;
    }

    /** Codes of a level whose unit has been closed and has no current successor row under the same code. */
    public Set<String> retiredCodes(UnitLevel level) {
        return new HashSet<>(
                jdbc.sql("""
                select distinct code from organization.administrative_unit u
                where level = :level and valid_to is not null
                  and not exists (select 1 from organization.administrative_unit c
                                  where c.level = u.level and c.code = u.code and c.valid_to is null)
                """).param("level", level.name()).query(String.class).list());
    }

    public void insertAll(UnitLevel level, LocalDate validFrom, Collection<UnitRecord> added) {
        cache.evict(CACHED);
        batch.batchUpdate(
                """
                insert into organization.administrative_unit (level, code, name, name_en, full_name, full_name_en,
                    unit_type, type_name, province_code, valid_from, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                added.stream()
                        .map(unit -> new Object[] {
                            level.name(),
                            unit.code(),
                            unit.name(),
                            unit.nameEn(),
                            unit.fullName(),
                            unit.fullNameEn(),
                            unit.unitType(),
                            unit.typeName(),
                            unit.provinceCode(),
                            Date.valueOf(validFrom),
                            VietnameseText.fold(unit.fullName())
                        })
                        .toList());
    }

    public void updateAll(Collection<Stored> changed) {
        cache.evict(CACHED);
        batch.batchUpdate(
                """
                update organization.administrative_unit set name = ?, name_en = ?, full_name = ?, full_name_en = ?,
                    unit_type = ?, type_name = ?, province_code = ?, search_text = ?
                where id = ?
                """,
                changed.stream()
                        .map(stored -> {
                            UnitRecord unit = stored.unit();
                            return new Object[] {
                                unit.name(),
                                unit.nameEn(),
                                unit.fullName(),
                                unit.fullNameEn(),
                                unit.unitType(),
                                unit.typeName(),
                                unit.provinceCode(),
                                VietnameseText.fold(unit.fullName()),
                                stored.id()
                            };
                        })
                        .toList());
    }

    public Optional<Long> currentId(UnitLevel level, String code) {
        return jdbc.sql(
                        "select id from organization.administrative_unit where level = ? and code = ? and valid_to is null")
                .params(level.name(), code)
                .query(Long.class)
                .optional();
    }

    public Optional<Long> idValidOn(UnitLevel level, String code, LocalDate date) {
        return jdbc.sql("""
                select id from organization.administrative_unit
                where level = ? and code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                """)
                .params(level.name(), code, Date.valueOf(date), Date.valueOf(date))
                .query(Long.class)
                .optional();
    }

    public Optional<AdministrativeUnit> byId(long id) {
        return jdbc.sql("select * from organization.administrative_unit where id = ?")
                .param(id)
                .query(UNIT)
                .optional();
    }

    public void close(long id, LocalDate validTo) {
        cache.evict(CACHED);
        jdbc.sql("update organization.administrative_unit set valid_to = ? where id = ?")
                .params(Date.valueOf(validTo), id)
                .update();
    }

    public void addSuccession(long predecessorId, long successorId, LocalDate effectiveOn) {
        jdbc.sql("""
                insert into organization.unit_succession (predecessor_id, successor_id, effective_on) values (?, ?, ?)
                on conflict do nothing
                """)
                .params(predecessorId, successorId, Date.valueOf(effectiveOn))
                .update();
    }

    /** Units of a level closed before today (e.g. the communes and provinces merged on 1/7/2025), by code. */
    public List<AdministrativeUnit> former(UnitLevel level) {
        return jdbc.sql("""
                select * from organization.administrative_unit where level = ? and valid_to is not null order by code
                """).param(level.name()).query(UNIT).list();
    }

    /** The units the most recent unit with this code was succeeded by. */
    public List<AdministrativeUnit> successorsOf(UnitLevel level, String code) {
        return jdbc.sql("""
                select s.* from organization.unit_succession us
                join organization.administrative_unit s on s.id = us.successor_id
                where us.predecessor_id = (select id from organization.administrative_unit
                                           where level = ? and code = ? order by valid_from desc limit 1)
                order by s.code
                """).params(level.name(), code).query(UNIT).list();
    }

    public Map<String, Integer> currentCommuneCounts() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select province_code, count(*) as communes from organization.administrative_unit
                where level = 'COMMUNE' and valid_to is null group by province_code
                """)
                .query((rs, row) -> counts.put(rs.getString("province_code"), rs.getInt("communes")))
                .list();
        return counts;
    }

    /** Current communes whose folded full name contains the folded query, by province and name. */
    public List<AdministrativeUnit> searchCurrentCommunes(String query, int offset, int limit) {
        return jdbc.sql("""
                select * from organization.administrative_unit
                where level = 'COMMUNE' and valid_to is null and search_text like :pattern escape '\\'
                order by province_code, search_text, code offset :offset limit :limit
                """)
                .param("pattern", pattern(query))
                .param("offset", offset)
                .param("limit", limit)
                .query(UNIT)
                .list();
    }

    public int countCurrentCommunes(String query) {
        return jdbc.sql("""
                select count(*) from organization.administrative_unit
                where level = 'COMMUNE' and valid_to is null and search_text like :pattern escape '\\'
                """)
                .param("pattern", pattern(query))
                .query(Integer.class)
                .single();
    }

    /**
     * For the commune picker: current communes of a province (or of every province when {@code provinceCode} is
     * null) whose folded name contains the folded query, and the current successors of former communes (merged on
     * 1/7/2025) whose name does, each with the former name it was found by.
     */
    public List<PickedCommune> pickCommunes(@Nullable String provinceCode, String query, int limit) {
        return jdbc.sql("""
                select c.*, null as former_name, c.search_text as sort_key
                from organization.administrative_unit c
                where c.level = 'COMMUNE' and c.valid_to is null and c.search_text like :pattern escape '\\'
                  and (cast(:province as text) is null or c.province_code = :province)
                union all
                select s.*, f.full_name as former_name, s.search_text as sort_key
                from organization.administrative_unit f
                join organization.unit_succession us on us.predecessor_id = f.id
                join organization.administrative_unit s on s.id = us.successor_id and s.valid_to is null
                where f.level = 'COMMUNE' and f.valid_to is not null and f.search_text like :pattern escape '\\'
                  and (cast(:province as text) is null or s.province_code = :province)
                order by province_code, sort_key, code, former_name nulls first
                limit :limit
                """)
                .param("pattern", pattern(query))
                .param("province", provinceCode)
                .param("limit", limit)
                .query((rs, row) -> new PickedCommune(UNIT.mapRow(rs, row), rs.getString("former_name")))
                .list();
    }

    /** A commune the picker offers, and the former commune's name it was found by, if any. */
    public record PickedCommune(
            AdministrativeUnit unit, @Nullable String formerName) {}

    private static String pattern(String query) {
        String folded = VietnameseText.fold(query)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + folded + "%";
    }
}
