package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.danvan.democracy.domain.HouseholdChange.FieldChange;

/** The household's history reads as the facts that changed, not as stored JSON. */
class HouseholdChangeTests {

    static final String LOADED =
            "{\"headName\": \"Nguyễn Văn An\", \"representativeName\": \"Nguyễn Văn An\", \"address\": \"\", \"members\": 4}";

    static HouseholdChange change(String kind, String before, String after) {
        return new HouseholdChange(1, Instant.EPOCH, "can-bo", kind, before, after, null);
    }

    @Test
    void anEditListsOnlyTheFactsThatChangedWithWhatTheyWere() {
        String edited = LOADED.replace(
                        "\"representativeName\": \"Nguyễn Văn An\"", "\"representativeName\": \"Nguyễn Thị Hoa\"")
                .replace("\"members\": 4", "\"members\": 5");
        assertThat(change("EDITED", LOADED, edited).changes())
                .containsExactly(
                        new FieldChange("democracy.household.representative", "Nguyễn Văn An", "Nguyễn Thị Hoa"),
                        new FieldChange("democracy.household.members", "4", "5"));
    }

    @Test
    void aFirstImportListsEveryFactGivenAndALinkedAccountNone() {
        assertThat(new HouseholdChange(1, Instant.EPOCH, "can-bo", "IMPORTED", null, LOADED, null).changes())
                .containsExactly(
                        new FieldChange("democracy.household.head", null, "Nguyễn Văn An"),
                        new FieldChange("democracy.household.representative", null, "Nguyễn Văn An"),
                        new FieldChange("democracy.household.members", null, "4"));
        assertThat(new HouseholdChange(2, Instant.EPOCH, "citizen:7", "ACCOUNT_LINKED", null, "{}", null).changes())
                .isEmpty();
    }
}
