package vn.danvan.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.persistence.AdministrativeUnits;
import vn.danvan.organization.persistence.Bodies;
import vn.danvan.organization.persistence.StaffAccounts;
import vn.danvan.shared.ReferenceCache;

/** What other modules may ask about administrative units and bodies. */
@Component
@Transactional(readOnly = true)
public class OrganizationDirectory {

    /** The cache region of staff contacts; {@link StaffAccounts} evicts it when an account is added. */
    private static final String STAFF_CONTACTS = StaffAccounts.STAFF_CONTACTS;

    private final Bodies bodies;
    private final AdministrativeUnits units;
    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    /** A staff member to notify: who works a body's cases and has an e-mail address. */
    public record StaffContact(String fullName, String email) {}

    OrganizationDirectory(Bodies bodies, AdministrativeUnits units, JdbcClient jdbc, ReferenceCache cache) {
        this.bodies = bodies;
        this.units = units;
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * The enabled staff of a body with one of the roles and an e-mail address. Read for every notified
     * change of a case, so kept for the reference cache's time to live, an empty list included.
     */
    public List<StaffContact> staffContacts(long bodyId, Set<Role> roles) {
        String[] roleNames = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        return cache.value(
                STAFF_CONTACTS,
                bodyId + "|" + String.join(",", roleNames),
                () -> jdbc.sql("""
                select full_name, email from organization.staff_account
                where body_id = ? and enabled and email is not null and roles && ?::text[] order by username
                """)
                        .params(bodyId, roleNames)
                        .query((rs, n) -> new StaffContact(rs.getString(1), rs.getString(2)))
                        .list());
    }

    /** An enabled staff member's name and e-mail address, when they have one (a case's handler, to be told). */
    public Optional<StaffContact> staffContact(long staffId) {
        return jdbc.sql("""
                select full_name, email from organization.staff_account where id = ? and enabled and email is not null
                """)
                .param(staffId)
                .query((rs, n) -> new StaffContact(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** Whether the staff member exists, is enabled and belongs to the body (a case's handler must). */
    public boolean worksAt(long staffId, long bodyId) {
        return jdbc.sql(
                        "select exists (select 1 from organization.staff_account where id = ? and body_id = ? and enabled)")
                .params(staffId, bodyId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The full names of the enabled staff of every active body at the commune (its People's Committee, Front,
     * Party committee…): who may not sit on the commune's Ban Thanh tra nhân dân (Luật THDCCS 2022 Đ.36–40).
     */
    public List<String> staffNamesAt(String communeCode) {
        return jdbc.sql("""
                select s.full_name from organization.staff_account s join organization.body b on b.id = s.body_id
                where b.commune_code = ? and b.active and s.enabled order by s.full_name
                """).param(communeCode).query(String.class).list();
    }

    public Optional<Body> body(long id) {
        return bodies.find(id);
    }

    public Optional<Body> bodyByCode(String code) {
        return bodies.findByCode(code);
    }

    public List<Body> bodies() {
        return bodies.all();
    }

    /** The active bodies of a kind at a commune, or at a province when {@code communeCode} is null. */
    public List<Body> bodiesAt(
            BodyKind kind, String provinceCode, @org.jspecify.annotations.Nullable String communeCode) {
        return bodies.at(kind, provinceCode, communeCode);
    }

    /** Every body's name by its id, for lists that show bodies by name. */
    public Map<Long, String> bodyNames() {
        return bodies().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Body::id, Body::name));
    }

    public Set<Long> bodyWithSubordinates(long id) {
        return bodies.withSubordinates(id);
    }

    public Optional<AdministrativeUnit> commune(String code) {
        return units.current(UnitLevel.COMMUNE, code);
    }

    public Optional<AdministrativeUnit> province(String code) {
        return units.current(UnitLevel.PROVINCE, code);
    }

    public List<AdministrativeUnit> provinces() {
        return units.currentProvinces();
    }

    public List<AdministrativeUnit> communesOf(String provinceCode) {
        return units.currentCommunes(provinceCode);
    }

    /** How many current communes each province has, by province code. */
    public Map<String, Integer> communeCountsByProvince() {
        return Map.copyOf(units.currentCommuneCounts());
    }

    /**
     * Current communes whose full name contains the query, ignoring case, diacritics and where the
     * tone mark sits ("hoa" finds both Hòa and Hoà), ordered by province and name.
     */
    public List<AdministrativeUnit> searchCommunes(String query, int offset, int limit) {
        return units.searchCurrentCommunes(query, offset, limit);
    }

    /**
     * The commune picker's choices: current communes of the province (every province when null) found by name,
     * ignoring case, diacritics and tone-mark placement, and by the name of a commune merged into them on
     * the two-tier reform of 1/7/2025 (docs/law/rules.md A7); one row per commune.
     */
    public List<CommuneChoice> communeChoices(@org.jspecify.annotations.Nullable String provinceCode, String query) {
        Map<String, CommuneChoice> choices = new java.util.LinkedHashMap<>();
        for (var picked : units.pickCommunes(provinceCode, query, 200)) {
            String provinceName = picked.unit().provinceCode() == null
                    ? ""
                    : province(picked.unit().provinceCode())
                            .map(AdministrativeUnit::fullName)
                            .orElse("");
            choices.putIfAbsent(
                    picked.unit().code(), new CommuneChoice(picked.unit(), provinceName, picked.formerName()));
        }
        return List.copyOf(choices.values());
    }

    /** A commune offered by the picker, and the former commune's name it was found by, if any. */
    public record CommuneChoice(
            AdministrativeUnit unit,
            String provinceName,
            @org.jspecify.annotations.Nullable String formerName) {}

    /** How many current communes {@link #searchCommunes} would find in all. */
    public int countCommunes(String query) {
        return units.countCurrentCommunes(query);
    }

    /** Units of a level no longer current (merged or dissolved), for reading old addresses. */
    public List<AdministrativeUnit> formerUnits(UnitLevel level) {
        return units.former(level);
    }

    /** The units that the latest unit with this code was merged into, if it was closed by a merger. */
    public List<AdministrativeUnit> successorsOf(UnitLevel level, String code) {
        return units.successorsOf(level, code);
    }
}
