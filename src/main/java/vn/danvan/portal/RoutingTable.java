package vn.danvan.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.ReferenceCache;

/**
 * Which body receives an online petition: the most specific rule for the commune, the field and the type
 * (commune before province before everywhere; a named field or type before "any"). Without a rule, the
 * commune's People's Committee, else the province's.
 */
@Service
@Transactional
public class RoutingTable {

    public record Rule(long id, @Nullable String provinceCode, @Nullable String communeCode, @Nullable String fieldCode,
            @Nullable PetitionType type, long bodyId) {
    }

    public record NewRule(@Nullable String provinceCode, @Nullable String communeCode, @Nullable String fieldCode,
            @Nullable PetitionType type, long bodyId) {
    }

    private static final String CACHED = "portal.routing-rule";

    /** Commune before province before everywhere, then a named field, then a named type; the oldest rule last. */
    private static final Comparator<Rule> MOST_SPECIFIC_FIRST = Comparator
            .comparing((Rule rule) -> rule.communeCode() == null)
            .thenComparing(rule -> rule.provinceCode() == null)
            .thenComparing(rule -> rule.fieldCode() == null)
            .thenComparing(rule -> rule.type() == null)
            .thenComparingLong(Rule::id);

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ReferenceCache cache;
    private final PetitionQueries queries;

    RoutingTable(JdbcClient jdbc, OrganizationDirectory organization, AuditTrail audit, ReferenceCache cache,
            PetitionQueries queries) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.audit = audit;
        this.cache = cache;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public long route(String communeCode, String fieldCode, PetitionType type) {
        AdministrativeUnit commune = organization.commune(communeCode)
                .orElseThrow(() -> DomainException.invalid("portal.unknown-commune", communeCode));
        String province = String.valueOf(commune.provinceCode());
        return cachedRules().stream()
                .filter(rule -> rule.communeCode() == null || rule.communeCode().equals(communeCode))
                .filter(rule -> rule.provinceCode() == null || rule.provinceCode().equals(province))
                .filter(rule -> rule.fieldCode() == null || rule.fieldCode().equals(fieldCode))
                .filter(rule -> rule.type() == null || rule.type() == type)
                .min(MOST_SPECIFIC_FIRST).map(Rule::bodyId)
                .orElseGet(() -> peoplesCommittee(commune)
                        .orElseThrow(() -> DomainException.invalid("portal.no-body-for-commune", commune.fullName())));
    }

    /** The whole table, read once a minute at most: every online petition is routed through it. */
    private List<Rule> cachedRules() {
        return cache.value(CACHED, "all", this::rules);
    }

    private Optional<Long> peoplesCommittee(AdministrativeUnit commune) {
        String province = String.valueOf(commune.provinceCode());
        return organization.bodiesAt(BodyKind.PEOPLES_COMMITTEE, province, commune.code()).stream().map(Body::id)
                .findFirst()
                .or(() -> organization.bodiesAt(BodyKind.PEOPLES_COMMITTEE, province, null).stream()
                        .filter(b -> b.level() == UnitLevel.PROVINCE).map(Body::id).findFirst());
    }

    @Transactional(readOnly = true)
    public List<Rule> rules() {
        return jdbc.sql("""
                select id, province_code, commune_code, field_code, petition_type, body_id from portal.routing_rule
                order by province_code nulls first, commune_code nulls first, field_code nulls first, petition_type nulls first
                """).query((rs, n) -> new Rule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5) == null ? null : PetitionType.valueOf(rs.getString(5)), rs.getLong(6))).list();
    }

    public long add(NewRule rule) {
        organization.body(rule.bodyId()).orElseThrow(() -> DomainException.invalid("portal.unknown-body"));
        String province = InputText.blankToNull(rule.provinceCode());
        String commune = InputText.blankToNull(rule.communeCode());
        if (commune != null) {
            AdministrativeUnit unit = organization.commune(commune)
                    .orElseThrow(() -> DomainException.invalid("portal.unknown-commune", commune));
            if (province != null && !province.equals(unit.provinceCode())) {
                throw DomainException.invalid("portal.commune-outside-province", commune, province);
            }
            province = unit.provinceCode();
        } else if (province != null && organization.province(province).isEmpty()) {
            throw DomainException.invalid("portal.unknown-province", province);
        }
        String field = InputText.blankToNull(rule.fieldCode());
        if (field != null && queries.fields().stream().noneMatch(known -> known.code().equals(field))) {
            throw DomainException.invalid("portal.unknown-field", field);
        }
        boolean exists = jdbc.sql("""
                select count(*) from portal.routing_rule where coalesce(province_code, '') = coalesce(?, '')
                  and coalesce(commune_code, '') = coalesce(?, '') and coalesce(field_code, '') = coalesce(?, '')
                  and coalesce(petition_type, '') = coalesce(?, '')
                """).params(province, commune, field, rule.type() == null ? null : rule.type().name())
                .query(Long.class).single() > 0;
        if (exists) {
            throw DomainException.conflict("portal.rule-exists");
        }
        long id = jdbc.sql("""
                insert into portal.routing_rule (province_code, commune_code, field_code, petition_type, body_id, created_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(province, commune, field, rule.type() == null ? null : rule.type().name(), rule.bodyId(),
                AuditTrail.currentActor()).query(Long.class).single();
        cache.evict(CACHED);
        audit.record("routing.rule-added", "routing_rule", id, Map.of("body", rule.bodyId(),
                "area", commune != null ? commune : province != null ? province : "*", "field", field == null ? "*" : field));
        return id;
    }

    public void remove(long id) {
        int removed = jdbc.sql("delete from portal.routing_rule where id = ?").param(id).update();
        if (removed == 0) {
            throw DomainException.notFound("portal.rule-not-found", id);
        }
        cache.evict(CACHED);
        audit.record("routing.rule-removed", "routing_rule", id, Map.of());
    }
}
