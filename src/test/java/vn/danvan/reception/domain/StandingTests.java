package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danvan.reception.domain.Standing.Status;

/** The verdict on a head's reception days in a period (docs/law/rules.md A2). */
class StandingTests {

    @Test
    void enoughDaysHeldMeetTheObligationEvenAfterThePeriod() {
        assertThat(Status.of(2, 2, 0, false)).isEqualTo(Status.MET);
        assertThat(Status.of(2, 3, 0, true)).isEqualTo(Status.MET);
    }

    @Test
    void tooFewDaysHeldWhenThePeriodIsOverAreMissed() {
        assertThat(Status.of(2, 1, 1, true)).isEqualTo(Status.MISSED);
    }

    @Test
    void daysScheduledThatMakeUpTheShortfallAreScheduledAndOthersAtRisk() {
        assertThat(Status.of(2, 1, 1, false)).isEqualTo(Status.SCHEDULED);
        assertThat(Status.of(2, 0, 1, false)).isEqualTo(Status.AT_RISK);
    }
}
