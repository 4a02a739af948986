package vn.danvan.portal.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.danvan.petition.PetitionType;

/**
 * A row of the routing table: online petitions for an area (a commune, a province or everywhere), a field and a
 * type (or any) go to a body. Of the rules that apply, the most specific wins.
 */
public record RoutingRule(
        long id,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable String fieldCode,
        @Nullable PetitionType type,
        long bodyId) {

    /** Commune before province before everywhere, then a named field, then a named type; the oldest rule last. */
    public static final Comparator<RoutingRule> MOST_SPECIFIC_FIRST = Comparator.comparing(
                    (RoutingRule rule) -> rule.communeCode() == null)
            .thenComparing(rule -> rule.provinceCode() == null)
            .thenComparing(rule -> rule.fieldCode() == null)
            .thenComparing(rule -> rule.type() == null)
            .thenComparingLong(RoutingRule::id);

    /** Whether the rule covers a petition from this commune (in this province), in this field, of this type. */
    public boolean appliesTo(String commune, String province, String field, PetitionType petitionType) {
        return (communeCode == null || communeCode.equals(commune))
                && (provinceCode == null || provinceCode.equals(province))
                && (fieldCode == null || fieldCode.equals(field))
                && (type == null || type == petitionType);
    }

    /** The most specific of the rules that apply, if any does. */
    public static Optional<RoutingRule> mostSpecific(
            Collection<RoutingRule> rules, String commune, String province, String field, PetitionType petitionType) {
        return rules.stream()
                .filter(rule -> rule.appliesTo(commune, province, field, petitionType))
                .min(MOST_SPECIFIC_FIRST);
    }
}
