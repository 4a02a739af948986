package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.DayCount;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.rulebook.LegalRule;

/**
 * One case or more per row of {@link SupervisionRule}, on the real holiday rules of the calendar module: Tết 2027 is
 * Friday 5 to Tuesday 9 February, with Wednesday 10 and Thursday 11 off in place of the weekend inside it. Every date
 * counted by hand.
 */
class SupervisionRulesTests {

    final WorkingCalendar calendar = WorkingCalendar.withOverrides(year -> Map.of());
    final SupervisionRules rules = SupervisionRules.standard(calendar);

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theCalendarKeepsTet2027AsTheseTestsCountIt() {
        for (int day = 5; day <= 11; day++) {
            assertThat(calendar.isWorkingDay(date(2027, 2, day)))
                    .as("%d/2", day)
                    .isFalse();
        }
        assertThat(calendar.isWorkingDay(date(2027, 2, 4))).isTrue();
        assertThat(calendar.isWorkingDay(date(2027, 2, 12))).isTrue();
    }

    @Test
    void aCommuneOfThreeHamletsNeedsFiveInspectorsAndOneOfEightNeedsEight() {
        assertThat(rules.inspectionMembersRequired(3)).isEqualTo(5);
        assertThat(rules.inspectionMembersRequired(5)).isEqualTo(5);
        assertThat(rules.inspectionMembersRequired(8)).isEqualTo(8);
    }

    @Test
    void anInvestmentSupervisionBoardNeedsFiveMembers() {
        assertThat(rules.investmentMembersRequired()).isEqualTo(5);
    }

    @Test
    void theDecisionForASessionOfMonday22MarchMustBeSentByFriday5March() {
        // 22/3 − 15 days = Sunday 7/3; Saturday 6/3 is off too → Friday 5/3.
        assertThat(rules.decisionLatest(date(2027, 3, 22))).isEqualTo(date(2027, 3, 5));
    }

    @Test
    void theDecisionForASessionOfThursday25FebruaryMustBeSentBeforeTet() {
        // 25/2 − 15 days = Wednesday 10/2, a compensatory day; 9–5/2 Tết → Thursday 4/2.
        assertThat(rules.decisionLatest(date(2027, 2, 25))).isEqualTo(date(2027, 2, 4));
    }

    @Test
    void theSupervisedBodysReportForASessionOfThursday18MarchIsDueThursday11March() {
        assertThat(rules.supervisedReportLatest(date(2027, 3, 18))).isEqualTo(date(2027, 3, 11));
    }

    @Test
    void theSupervisedBodysReportForASessionOfWednesday17FebruaryIsDueBeforeTet() {
        // 17/2 − 7 days = Wednesday 10/2, off; back through Tết → Thursday 4/2.
        assertThat(rules.supervisedReportLatest(date(2027, 2, 17))).isEqualTo(date(2027, 2, 4));
    }

    @Test
    void theTeamReportsWithinFifteenDaysOfItsLastSession() {
        // Monday 1/3 + 15 = Tuesday 16/3.
        assertThat(rules.teamReportDue(date(2027, 3, 1))).isEqualTo(date(2027, 3, 16));
    }

    @Test
    void aTeamReportFallingInTetIsDueTheFirstWorkingDayAfter() {
        // Friday 22/1 + 15 = Saturday 6/2, inside Tết → Friday 12/2.
        assertThat(rules.teamReportDue(date(2027, 1, 22))).isEqualTo(date(2027, 2, 12));
    }

    @Test
    void anAnswerIsDueThirtyDaysAfterTheRecommendationMovedPastTet() {
        // Monday 1/3 + 30 = Wednesday 31/3.
        assertThat(rules.answerDue(date(2027, 3, 1))).isEqualTo(date(2027, 3, 31));
        // Thursday 7/1 + 30 = Saturday 6/2, inside Tết → Friday 12/2.
        assertThat(rules.answerDue(date(2027, 1, 7))).isEqualTo(date(2027, 2, 12));
    }

    @Test
    void aLocallyConfiguredAnswerPeriodOfFifteenWorkingDaysSkipsTet() {
        SupervisionRules local = new SupervisionRules(calendar, 15, DayCount.WORKING_DAYS);
        // Tue 2 (1), Wed 3 (2), Thu 4 (3); 5–11 off; Fri 12 (4), 15–19 (5–9), 22–26 (10–14), Mon 1/3 (15).
        assertThat(local.answerDue(date(2027, 2, 1))).isEqualTo(date(2027, 3, 1));
        assertThat(local.rows())
                .filteredOn(r -> r.key().equals("RECOMMENDATION_ANSWER"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.value()).startsWith("trong 15 ngày làm việc");
                    assertThat(r.dayType()).isEqualTo(DayCount.WORKING_DAYS);
                    assertThat(r.configurable()).isTrue();
                });
    }

    @Test
    void aCitizenRatesOncePerYearAndTheCriteriaAreConfigurable() {
        assertThat(SupervisionRule.CITIZEN_RATING.number()).isEqualTo(1);
        assertThat(SupervisionRule.CITIZEN_RATING.configurable()).isTrue();
        assertThat(new SupervisionSettings(0, null, null, 0).ratingCriteria())
                .isEqualTo(SupervisionSettings.DEFAULT_CRITERIA);
    }

    @Test
    void everyRowIsInTheRuleBookWithItsSource() {
        assertThat(rules.rows())
                .extracting(LegalRule::key)
                .containsExactly(java.util.Arrays.stream(SupervisionRule.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
        assertThat(rules.rows()).allSatisfy(row -> assertThat(row.source()).containsPattern("Đ\\.\\d+"));
    }
}
