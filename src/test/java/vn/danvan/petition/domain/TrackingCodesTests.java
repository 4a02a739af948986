package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodesTests {

    @Test
    void aCodeIsTheYearAndSixteenUnambiguousCharactersInFourGroups() {
        TrackingCodes codes = new TrackingCodes();
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next(LocalDate.of(2026, 11, 30));
            assertThat(code).matches("2026(-[2-9A-HJKMNP-Z]{4}){4}");
            made.add(code);
        }
        assertThat(made).as("random codes do not repeat").hasSize(10_000);
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesOrWithoutDashesIsReadAsIssued() {
        assertThat(TrackingCodes.normalise("2026k7qm3xrap9tdhw4e")).isEqualTo("2026-K7QM-3XRA-P9TD-HW4E");
        assertThat(TrackingCodes.normalise(" 2026 k7qm 3xra p9td hw4e ")).isEqualTo("2026-K7QM-3XRA-P9TD-HW4E");
        assertThat(TrackingCodes.normalise("2026–K7QM–3XRA–P9TD–HW4E")).isEqualTo("2026-K7QM-3XRA-P9TD-HW4E");
        assertThat(TrackingCodes.normalise("2026-k7qm-3xra"))
                .as("the older, shorter codes")
                .isEqualTo("2026-K7QM-3XRA");
        assertThat(TrackingCodes.normalise("abc"))
                .as("not a code: only trimmed and upper-cased")
                .isEqualTo("ABC");
    }
}
