package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danvan.calendar.DayCount;
import vn.danvan.petition.FilingGround;
import vn.danvan.rulebook.LegalRule;

/** The petition module's rows in the rule book are the rows it applies, each with its Vietnamese title and source. */
class PetitionRuleTablesTests {

    final PetitionRuleTables tables = new PetitionRuleTables();

    @Test
    void everyDeadlineRuleIsARowWithItsDayTypeAndEffectiveDates() {
        assertThat(tables.petitionDeadlines().rules())
                .extracting(LegalRule::key)
                .containsExactly(java.util.Arrays.stream(DeadlineRule.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
        LegalRule before = PetitionRuleTables.row(DeadlineRule.ACCEPTANCE_COMPLAINT_UNTIL_2026_06_30);
        LegalRule after = PetitionRuleTables.row(DeadlineRule.ACCEPTANCE_COMPLAINT_FROM_2026_07_01);
        assertThat(before.effectiveUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(before.dayType()).isEqualTo(DayCount.CALENDAR_DAYS);
        assertThat(after.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(after.dayType()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(after.title()).isEqualTo("Xử lý ban đầu, thụ lý — khiếu nại");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RESOLUTION_COMPLAINT_FIRST | 30 ngày; phức tạp 45; vùng sâu, vùng xa 45, phức tạp 60
            RESOLUTION_COMPLAINT_SECOND | 45 ngày; phức tạp 60; vùng sâu, vùng xa 60, phức tạp 70
            PROCESSING_DENUNCIATION | 7 ngày làm việc; phức tạp 10
            ACCEPTANCE_COMPLAINT_FROM_2026_07_01 | 7 ngày làm việc
            REVIEW_RE_DENUNCIATION | 20 ngày
            """)
    void theValueReadsAsTheLawWritesThePeriods(DeadlineRule rule, String value) {
        assertThat(PetitionRuleTables.value(rule)).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(FilingGround.class)
    void everyFilingGroundHasItsTitleAndSource(FilingGround ground) {
        assertThat(PetitionRuleTables.GROUNDS).containsKey(ground);
        assertThat(tables.petitionFilingGrounds().rules())
                .filteredOn(rule -> rule.key().equals(ground.name()))
                .singleElement()
                .satisfies(rule -> assertThat(rule.source()).matches(".*(Luật|TT|NĐ).*"));
    }

    @Test
    void theRepresentativeLimitsAreReadFromTheRuleTheIntakeApplies() {
        assertThat(tables.petitionGroupRepresentatives().rules())
                .extracting(LegalRule::key, LegalRule::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("GROUP_THRESHOLD", "5 người"),
                        org.assertj.core.groups.Tuple.tuple("SMALL_GROUP", "1–2 người"),
                        org.assertj.core.groups.Tuple.tuple("LARGE_GROUP", "1–5 người"));
    }
}
