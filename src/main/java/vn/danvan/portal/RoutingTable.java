package vn.danvan.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.domain.RoutingRule;
import vn.danvan.portal.persistence.RoutingRules;
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

    public record NewRule(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable String fieldCode,
            @Nullable PetitionType type,
            long bodyId) {}

    private static final String CACHED = "portal.routing-rule";

    private final RoutingRules rules;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ReferenceCache cache;
    private final PetitionQueries queries;

    RoutingTable(
            RoutingRules rules,
            OrganizationDirectory organization,
            AuditTrail audit,
            ReferenceCache cache,
            PetitionQueries queries) {
        this.rules = rules;
        this.organization = organization;
        this.audit = audit;
        this.cache = cache;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public long route(String communeCode, String fieldCode, PetitionType type) {
        AdministrativeUnit commune = organization
                .commune(communeCode)
                .orElseThrow(() -> DomainException.invalid("portal.unknown-commune", communeCode));
        String province = String.valueOf(commune.provinceCode());
        return RoutingRule.mostSpecific(cachedRules(), communeCode, province, fieldCode, type)
                .map(RoutingRule::bodyId)
                .orElseGet(() -> peoplesCommittee(commune)
                        .orElseThrow(() -> DomainException.invalid("portal.no-body-for-commune", commune.fullName())));
    }

    /** The whole table, read once a minute at most: every online petition is routed through it. */
    private List<RoutingRule> cachedRules() {
        return cache.value(CACHED, "all", rules::all);
    }

    private Optional<Long> peoplesCommittee(AdministrativeUnit commune) {
        String province = String.valueOf(commune.provinceCode());
        return organization.bodiesAt(BodyKind.PEOPLES_COMMITTEE, province, commune.code()).stream()
                .map(Body::id)
                .findFirst()
                .or(() -> organization.bodiesAt(BodyKind.PEOPLES_COMMITTEE, province, null).stream()
                        .filter(b -> b.level() == UnitLevel.PROVINCE)
                        .map(Body::id)
                        .findFirst());
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> rules() {
        return rules.all();
    }

    public long add(NewRule rule) {
        organization.body(rule.bodyId()).orElseThrow(() -> DomainException.invalid("portal.unknown-body"));
        String province = InputText.blankToNull(rule.provinceCode());
        String commune = InputText.blankToNull(rule.communeCode());
        if (commune != null) {
            AdministrativeUnit unit = organization
                    .commune(commune)
                    .orElseThrow(() -> DomainException.invalid("portal.unknown-commune", commune));
            if (province != null && !province.equals(unit.provinceCode())) {
                throw DomainException.invalid("portal.commune-outside-province", commune, province);
            }
            province = unit.provinceCode();
        } else if (province != null && organization.province(province).isEmpty()) {
            throw DomainException.invalid("portal.unknown-province", province);
        }
        String field = InputText.blankToNull(rule.fieldCode());
        if (field != null
                && queries.fields().stream().noneMatch(known -> known.code().equals(field))) {
            throw DomainException.invalid("portal.unknown-field", field);
        }
        if (rules.anyFor(province, commune, field, rule.type())) {
            throw DomainException.conflict("portal.rule-exists");
        }
        long id = rules.add(province, commune, field, rule.type(), rule.bodyId());
        cache.evict(CACHED);
        audit.record(
                "routing.rule-added",
                "routing_rule",
                id,
                Map.of(
                        "body",
                        rule.bodyId(),
                        "area",
                        commune != null ? commune : province != null ? province : "*",
                        "field",
                        field == null ? "*" : field));
        return id;
    }

    public void remove(long id) {
        if (!rules.remove(id)) {
            throw DomainException.notFound("portal.rule-not-found", id);
        }
        cache.evict(CACHED);
        audit.record("routing.rule-removed", "routing_rule", id, Map.of());
    }
}
