package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danvan.reception.RefusalGround;
import vn.danvan.rulebook.LegalRule;

/** The reception module's rows in the rule book are the rows it applies, each with its Vietnamese title and source. */
class ReceptionRuleTablesTests {

    final ReceptionRuleTables tables = new ReceptionRuleTables();

    @Test
    void everyFrequencyIsARowWithItsEffectiveDatesAndConfigurableFlag() {
        assertThat(tables.receptionFrequencies().rules()).hasSize(ReceptionFrequency.values().length);
        LegalRule commune = ReceptionRuleTables.row(ReceptionFrequency.COMMUNE_CHAIR_FROM_2026_07_01);
        assertThat(commune.value()).isEqualTo("Ít nhất 2 ngày/tháng; không ủy quyền cấp phó");
        assertThat(commune.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(commune.configurable()).isTrue();
        LegalRule weekly = ReceptionRuleTables.row(ReceptionFrequency.COMMUNE_CHAIR_UNTIL_2026_06_30);
        assertThat(weekly.value()).isEqualTo("Ít nhất 1 ngày/tuần; được phân công cấp phó tiếp thay");
        assertThat(weekly.effectiveUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theDesksDeadlinesAreRowsWithTheirDayType() {
        assertThat(tables.receptionDeadlines().rules())
                .extracting(LegalRule::key, LegalRule::value, LegalRule::effectiveFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ANSWER_TO_PERSON_RECEIVED", "10 ngày làm việc", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "REFUSAL_NOTICE", "3 ngày làm việc", LocalDate.of(2026, 7, 1)));
    }

    @ParameterizedTest
    @EnumSource(RefusalGround.class)
    void everyRefusalGroundHasItsTitleAndSource(RefusalGround ground) {
        LegalRule row = ReceptionRuleTables.row(ground);
        assertThat(row.title()).isNotEqualTo(ground.name());
        assertThat(row.source()).contains("Đ.");
    }
}
