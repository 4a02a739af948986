package vn.danvan.democracy.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A change of a household: who, when, how (imported, re-imported, edited), what it was and what it became. */
public record HouseholdChange(
        long id,
        Instant occurredAt,
        String actor,
        String kind,
        @Nullable String before,
        String after,
        @Nullable String note) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The facts of {@link Household#facts()} with the message key of their label, in the register's order. */
    private static final Map<String, String> LABELS = Map.of(
            "headName", "democracy.household.head",
            "representativeName", "democracy.household.representative",
            "address", "democracy.household.address",
            "members", "democracy.household.members");

    private static final List<String> ORDER = List.of("headName", "representativeName", "address", "members");

    /** One fact as it was and as it became; {@code before} is null when the household was first loaded. */
    public record FieldChange(String label, @Nullable String before, String after) {}

    /** What differs between before and after, for a reader of the history; every fact for a first import. */
    public List<FieldChange> changes() {
        Map<String, String> was = before == null ? Map.of() : facts(before);
        Map<String, String> is = facts(after);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : ORDER) {
            String now = is.get(field);
            if (now == null) {
                continue;
            }
            String then = was.get(field);
            boolean blank = now.isEmpty() && (then == null || then.isEmpty());
            if (!blank && (before == null || !Objects.equals(then, now))) {
                changes.add(new FieldChange(LABELS.getOrDefault(field, field), then, now));
            }
        }
        return changes;
    }

    private static Map<String, String> facts(String json) {
        Map<String, String> facts = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(json);
        for (String field : ORDER) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                facts.put(field, value.asString());
            }
        }
        return facts;
    }
}
