package vn.danvan.democracy.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.HamletKind;

/**
 * A household of a hamlet or residential group, with the representative who speaks and votes for it (one ballot a
 * household, NĐ 59/2023; docs/law/rules.md A6).
 */
public record Household(
        long id,
        long hamletId,
        String hamletName,
        HamletKind hamletKind,
        String code,
        String headName,
        String representativeName,
        @Nullable String address,
        int members,
        int version) {

    /** What a change records as before and after. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("headName", headName);
        facts.put("representativeName", representativeName);
        facts.put("address", address == null ? "" : address);
        facts.put("members", members);
        return facts;
    }
}
