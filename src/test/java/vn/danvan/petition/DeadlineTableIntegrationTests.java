package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.domain.Deadlines;

/**
 * The rule table over the application's calendar (holidays computed, overrides read from the database):
 * dates computed by hand across a weekend, Tết 2027 and the compensatory days.
 */
@DanvanIntegrationTest
class DeadlineTableIntegrationTests {

    @Autowired
    Deadlines deadlines;

    @Test
    void aComplaintReceivedOnAFridayMustBeProcessedWithinSevenWorkingDaysSoByTheSecondTuesday() {
        // Mon 12 (1) … Fri 16 (5), Mon 19 (6), Tue 20 (7).
        assertThat(deadlines.processingDue(PetitionType.COMPLAINT, false, false, LocalDate.of(2026, 10, 9)))
                .isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aComplaintReceivedTheWednesdayBeforeTet2027IsDueTheFridayAfterTheHolidayWeek() {
        // Thu 4 Feb (1); 5–9 Tết, 10–11 compensatory, 13–14 weekend; Fri 12 (2), Mon 15 (3) … Fri 19 (7).
        assertThat(deadlines.processingDue(PetitionType.COMPLAINT, false, false, LocalDate.of(2027, 2, 3)))
                .isEqualTo(LocalDate.of(2027, 2, 19));
    }

    @Test
    void thirtyDaysToResolveThatEndOnACompensatoryDayRunToTheNextWorkingDay() {
        // Accepted Mon 11 Jan 2027: day 30 is Wed 10 Feb, a compensatory day for Tết's Saturday; 11 Feb too.
        assertThat(deadlines.resolutionDue(
                        PetitionType.COMPLAINT, Instance.FIRST, false, false, LocalDate.of(2027, 1, 11)))
                .isEqualTo(LocalDate.of(2027, 2, 12));
    }

    @Test
    void fifteenWorkingDaysForAFeedbackSkipThirtyAprilFirstMayAndItsCompensatoryMonday() {
        // Accepted Mon 26 Apr 2027: 27, 28, 29 (3); 30 Apr, 1–2 May, Mon 3 May (for Sat 1 May) off;
        // 4–7 (7), 10–14 (12), 17, 18, 19 (15).
        assertThat(deadlines.resolutionDue(
                        PetitionType.FEEDBACK, Instance.FIRST, false, false, LocalDate.of(2027, 4, 26)))
                .isEqualTo(LocalDate.of(2027, 5, 19));
    }
}
