package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.calendar.DayCount;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.domain.DeadlineRule.Step;

/**
 * The rows of the legal path of a denunciation and of regulation feedback (docs/law/rules.md A1 rows 5, 6, 6b, 8), with
 * dates computed by hand over the statutory calendar: weekends, Tết 2027 (5–9 February, compensatory 10–11
 * February) and both sides of 1 July 2026.
 */
class DenunciationRuleRowsTests {

    final Deadlines deadlines = new Deadlines(statutoryCalendar(), Clock.systemUTC());

    /** The application's calendar with its holiday rules and no per-year override. */
    private static WorkingCalendar statutoryCalendar() {
        try {
            Constructor<WorkingCalendar> constructor =
                    WorkingCalendar.class.getDeclaredConstructor(WorkingCalendar.Overrides.class, Clock.class);
            constructor.setAccessible(true);
            WorkingCalendar.Overrides none = year -> Map.of();
            return constructor.newInstance(none, Clock.systemUTC());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} of a {1} from {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # step | type | from | rule
            TRANSFER_OUTSIDE_JURISDICTION | DENUNCIATION   | 2026-06-30 | TRANSFER_DENUNCIATION
            TRANSFER_OUTSIDE_JURISDICTION | DENUNCIATION   | 2026-07-01 | TRANSFER_DENUNCIATION
            ACCEPTANCE_NOTICE             | DENUNCIATION   | 2026-06-30 | ACCEPTANCE_NOTICE_DENUNCIATION
            ACCEPTANCE_NOTICE             | DENUNCIATION   | 2026-07-01 | ACCEPTANCE_NOTICE_DENUNCIATION
            CONCLUSION_PUBLICATION        | DENUNCIATION   | 2026-06-30 | PUBLICATION_DENUNCIATION_CONCLUSION
            CONCLUSION_PUBLICATION        | DENUNCIATION   | 2026-07-01 | PUBLICATION_DENUNCIATION_CONCLUSION
            REGULATION_FEEDBACK_TRANSFER  | RECOMMENDATION | 2026-06-30 | TRANSFER_REGULATION_FEEDBACK
            REGULATION_FEEDBACK_TRANSFER  | FEEDBACK       | 2026-07-01 | TRANSFER_REGULATION_FEEDBACK
            """)
    void eachNewStepHasOneRowOnBothSidesOfFirstJuly2026BecauseNoPeriodChangedThatDay(
            Step step, PetitionType type, LocalDate from, DeadlineRule rule) {
        assertThat(DeadlineRule.find(step, type, from)).isEqualTo(rule);
        assertThat(rule.dayCount()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(rule.configurable()).isFalse();
        assertThat(rule.source()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} has no row for a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TRANSFER_OUTSIDE_JURISDICTION | COMPLAINT
            ACCEPTANCE_NOTICE             | COMPLAINT
            CONCLUSION_PUBLICATION        | FEEDBACK
            REGULATION_FEEDBACK_TRANSFER  | DENUNCIATION
            REGULATION_FEEDBACK_TRANSFER  | COMPLAINT
            """)
    void theNewStepsBelongOnlyToTheTypesTheLawNames(Step step, PetitionType type) {
        assertThat(DeadlineRule.lookup(step, type, LocalDate.of(2026, 10, 5))).isEmpty();
    }

    @Test
    void theRowsCiteTheirArticles() {
        assertThat(DeadlineRule.TRANSFER_DENUNCIATION.source()).contains("Luật Tố cáo 2018 Đ.24(2)", "TT 05/2021");
        assertThat(DeadlineRule.ACCEPTANCE_NOTICE_DENUNCIATION.source()).contains("Luật Tố cáo 2018 Đ.29");
        assertThat(DeadlineRule.PUBLICATION_DENUNCIATION_CONCLUSION.source()).contains("Luật Tố cáo 2018 Đ.40");
        assertThat(DeadlineRule.TRANSFER_REGULATION_FEEDBACK.source()).contains("NĐ 20/2008", "NĐ 92/2017");
    }

    @ParameterizedTest(name = "{0} of a {1} from {2} is due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # Transfer outside jurisdiction, 5 working days from receipt (Luật TC Đ.24(2)):
            # received Friday 9 October 2026: Mon 12 (1) … Fri 16 (5).
            TRANSFER_OUTSIDE_JURISDICTION | DENUNCIATION | 2026-10-09 | 2026-10-16
            # received Tuesday 30 June 2026: Wed 1 (1), Thu 2, Fri 3, Mon 6, Tue 7 July (5).
            TRANSFER_OUTSIDE_JURISDICTION | DENUNCIATION | 2026-06-30 | 2026-07-07
            # received Wednesday 1 July 2026: Thu 2 (1), Fri 3, Mon 6, Tue 7, Wed 8 July (5).
            TRANSFER_OUTSIDE_JURISDICTION | DENUNCIATION | 2026-07-01 | 2026-07-08
            # received Wednesday 3 February 2027: Thu 4 (1); Tết 5–9, compensatory 10–11; Fri 12 (2), Mon 15 … Wed 17 (5).
            TRANSFER_OUTSIDE_JURISDICTION | DENUNCIATION | 2027-02-03 | 2027-02-17
            # Notice of acceptance, 5 working days from the decision (Luật TC Đ.29):
            # accepted Friday 29 January 2027: Mon 1 … Thu 4 February (4); Tết; Fri 12 February (5).
            ACCEPTANCE_NOTICE | DENUNCIATION | 2027-01-29 | 2027-02-12
            # accepted Monday 5 October 2026: Tue 6 … Fri 9 (4), Mon 12 (5).
            ACCEPTANCE_NOTICE | DENUNCIATION | 2026-10-05 | 2026-10-12
            # Publication of the conclusion, 7 working days (Luật TC Đ.40):
            # concluded Friday 9 October 2026: Mon 12 … Fri 16 (5), Mon 19, Tue 20 (7).
            CONCLUSION_PUBLICATION | DENUNCIATION | 2026-10-09 | 2026-10-20
            # concluded Monday 1 February 2027: Tue 2, Wed 3, Thu 4 (3); Tết; Fri 12 (4), Mon 15 … Wed 17 (7).
            CONCLUSION_PUBLICATION | DENUNCIATION | 2027-02-01 | 2027-02-17
            # Regulation feedback transfer, 5 working days from receipt (NĐ 20/2008 Đ.9):
            # received on Saturday 10 October 2026: Mon 12 (1) … Fri 16 (5).
            REGULATION_FEEDBACK_TRANSFER | FEEDBACK | 2026-10-10 | 2026-10-16
            # received Thursday 4 February 2027, the eve of Tết: Fri 12 (1), Mon 15 … Thu 18 (5).
            REGULATION_FEEDBACK_TRANSFER | RECOMMENDATION | 2027-02-04 | 2027-02-18
            """)
    void eachNewStepFallsOnTheDayCountedByHand(Step step, PetitionType type, LocalDate from, LocalDate due) {
        assertThat(deadlines.stepDue(step, type, from)).isEqualTo(due);
    }

    @Test
    void initialProcessingOfADenunciationTakesTenWorkingDaysWhenVerificationAtSeveralPlacesIsNeeded() {
        // Received Monday 5 October 2026: 7 working days end Wed 14; 10 end Mon 19 October (Luật TC Đ.24(1)).
        LocalDate monday = LocalDate.of(2026, 10, 5);
        assertThat(deadlines.initialProcessingDue(PetitionType.DENUNCIATION, false, false, monday))
                .isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(deadlines.initialProcessingDue(PetitionType.DENUNCIATION, false, true, monday))
                .isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void tenWorkingDaysFromTheEveOfTet2027EndOnTheWednesdayTwoWeeksAfterTheHoliday() {
        // Received Wed 3 February 2027: Thu 4 (1); Tết and compensatory days; Fri 12 (2), Mon 15 … Fri 19 (7),
        // Mon 22, Tue 23, Wed 24 (10).
        assertThat(deadlines.initialProcessingDue(PetitionType.DENUNCIATION, false, true, LocalDate.of(2027, 2, 3)))
                .isEqualTo(LocalDate.of(2027, 2, 24));
    }

    @Test
    void aReDenunciationIsReviewedInTwentyDaysWhateverIsRecordedAboutSeveralPlaces() {
        // Luật TC Đ.37: 20 calendar days from Mon 5 October 2026 = Sun 25 → Mon 26 October.
        assertThat(deadlines.initialProcessingDue(PetitionType.DENUNCIATION, true, true, LocalDate.of(2026, 10, 5)))
                .isEqualTo(LocalDate.of(2026, 10, 26));
    }
}
