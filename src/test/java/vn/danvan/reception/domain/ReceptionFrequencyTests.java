package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.reception.HeadPosition;

/**
 * The frequency rule table (docs/law/rules.md A2), row by row on both sides of its effective dates: Luật 136/2025/QH15
 * on 1 July 2026, Kết luận 215-KL/TW on 23 November 2025. A row added without a case here fails
 * {@link #everyRowHasItsCase()}.
 */
class ReceptionFrequencyTests {

    static final String[] CASES = {
        "PROVINCE_PEOPLES_COMMITTEE_CHAIR, 2026-06-30, PROVINCE_CHAIR_UNTIL_2026_06_30, MONTH, 1, true",
        "PROVINCE_PEOPLES_COMMITTEE_CHAIR, 2026-07-01, PROVINCE_CHAIR_FROM_2026_07_01, MONTH, 1, false",
        "COMMUNE_PEOPLES_COMMITTEE_CHAIR, 2026-06-30, COMMUNE_CHAIR_UNTIL_2026_06_30, WEEK, 1, true",
        "COMMUNE_PEOPLES_COMMITTEE_CHAIR, 2026-07-01, COMMUNE_CHAIR_FROM_2026_07_01, MONTH, 2, false",
        "AGENCY_HEAD, 2026-06-30, AGENCY_HEAD_UNTIL_2026_06_30, MONTH, 1, true",
        "AGENCY_HEAD, 2026-07-01, AGENCY_HEAD_FROM_2026_07_01, MONTH, 1, false",
        "PUBLIC_SERVICE_UNIT_HEAD, 2026-07-01, PUBLIC_SERVICE_UNIT_HEAD_FROM_2026_07_01, MONTH, 1, false",
        "PROVINCE_PARTY_SECRETARY, 2026-06-30, PROVINCE_PARTY_SECRETARY, MONTH, 1, true",
        "PROVINCE_PARTY_SECRETARY, 2026-07-01, PROVINCE_PARTY_SECRETARY, MONTH, 1, true",
        "COMMUNE_PARTY_SECRETARY, 2025-11-23, COMMUNE_PARTY_SECRETARY, MONTH, 2, true",
        "COMMUNE_PARTY_SECRETARY, 2026-07-01, COMMUNE_PARTY_SECRETARY, MONTH, 2, true",
    };

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(line -> {
            String[] cell = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
            return Arguments.of(
                    HeadPosition.valueOf(cell[0]),
                    LocalDate.parse(cell[1]),
                    ReceptionFrequency.valueOf(cell[2]),
                    ReceptionFrequency.Period.valueOf(cell[3]),
                    Integer.parseInt(cell[4]),
                    Boolean.parseBoolean(cell[5]));
        });
    }

    @ParameterizedTest(name = "{0} on {1}: {2}, {4} day(s) a {3}, delegate {5}")
    @MethodSource("cases")
    void eachPositionHasTheRowInForceThatDay(
            HeadPosition position,
            LocalDate day,
            ReceptionFrequency row,
            ReceptionFrequency.Period period,
            int days,
            boolean mayDelegate) {
        assertThat(ReceptionFrequency.find(position, day)).contains(row);
        ObligationRule rule = ReceptionFrequency.ruleFor(position, day).orElseThrow();
        assertThat(rule.perPeriod()).isEqualTo(period.name());
        assertThat(rule.minDays()).isEqualTo(days);
        assertThat(rule.mayDelegate()).isEqualTo(mayDelegate);
        assertThat(rule.source()).isEqualTo(row.source());
    }

    @ParameterizedTest(name = "{0} has no obligation on {1}")
    @CsvSource({
        // NĐ 154/2026 Đ.10(2) takes effect on 1 July 2026.
        "PUBLIC_SERVICE_UNIT_HEAD, 2026-06-30",
        // Kết luận 215-KL/TW of 23 November 2025.
        "COMMUNE_PARTY_SECRETARY, 2025-11-22",
        // Luật Tiếp công dân 2013 takes effect on 1 July 2014.
        "COMMUNE_PEOPLES_COMMITTEE_CHAIR, 2014-06-30",
    })
    void beforeItsFirstDayAPositionHasNoRow(HeadPosition position, LocalDate day) {
        assertThat(ReceptionFrequency.find(position, day)).isEmpty();
    }

    @Test
    void everyRowHasItsCase() {
        Set<String> covered =
                Arrays.stream(CASES).map(line -> line.split(",")[2].strip()).collect(Collectors.toSet());
        assertThat(covered)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ReceptionFrequency.values())
                        .map(Enum::name)
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(HeadPosition.class)
    void noPositionHasTwoRowsOnAnyDayAroundTheChangeOfFirstJuly2026(HeadPosition position) {
        for (LocalDate day = LocalDate.of(2025, 11, 20);
                day.isBefore(LocalDate.of(2026, 7, 5));
                day = day.plusDays(1)) {
            LocalDate on = day;
            assertThat(Arrays.stream(ReceptionFrequency.values())
                            .filter(row -> row.position() == position && row.isEffectiveOn(on)))
                    .as("%s on %s", position, on)
                    .hasSizeLessThan(2);
        }
    }

    @Test
    void rowsTheSourcesDoNotSettleAreConfigurableAndSaySo() {
        assertThat(Arrays.stream(ReceptionFrequency.values()).filter(ReceptionFrequency::configurable))
                .containsExactlyInAnyOrder(
                        ReceptionFrequency.COMMUNE_CHAIR_FROM_2026_07_01,
                        ReceptionFrequency.PUBLIC_SERVICE_UNIT_HEAD_FROM_2026_07_01);
        assertThat(ReceptionFrequency.COMMUNE_CHAIR_FROM_2026_07_01.source()).contains("[?]", "cấu hình được");
        assertThat(ReceptionFrequency.PUBLIC_SERVICE_UNIT_HEAD_FROM_2026_07_01.source())
                .contains("cấu hình được");
    }
}
