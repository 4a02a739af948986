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
}
