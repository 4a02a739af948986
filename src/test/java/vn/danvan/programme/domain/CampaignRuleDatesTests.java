package vn.danvan.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.DayCount;
import vn.danvan.programme.PublicationDuty;

/**
 * The dates of relief campaigns (NĐ 93/2021/NĐ-CP Đ.8, 13, 14; calendar days, since the decree writes "ngày"; a
 * period ending on a day off ends on the next working day, Bộ luật Dân sự 2015 Đ.148(5)) over a stub calendar holding
 * Tết 2027 as the calendar module computes it: 5–9 February off, 10–11 February in place of the Saturday and Sunday
 * inside Tết, so Friday 12 February is the first working day. One test per row of {@link CampaignRule}; every date
 * counted by hand.
 */
class CampaignRuleDatesTests {

    static final Set<LocalDate> TET_2027 = Set.of(
            date(2027, 2, 5),
            date(2027, 2, 6),
            date(2027, 2, 7),
            date(2027, 2, 8),
            date(2027, 2, 9),
            date(2027, 2, 10),
            date(2027, 2, 11));

    static final CampaignSchedule.WorkingDays STUB = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !TET_2027.contains(day);

    final CampaignSchedule schedule = new CampaignSchedule(STUB);

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void everyRowCitesDecree93AndCountsCalendarDaysExceptTheLaunchWhichHasNoPeriod() {
        for (CampaignRule rule : CampaignRule.values()) {
            assertThat(rule.source()).as(rule.name()).startsWith("NĐ 93/2021/NĐ-CP Đ.");
            assertThat(rule.dayType())
                    .as(rule.name())
                    .isEqualTo(rule == CampaignRule.LAUNCH ? null : DayCount.CALENDAR_DAYS);
        }
        assertThat(CampaignRule.IN_FORCE).isEqualTo(date(2021, 12, 11));
        // Only the level that reports upward is unsettled (NĐ 93/2021 still names the district level: rules.md C6).
        assertThat(Arrays.stream(CampaignRule.values()).filter(CampaignRule::configurable))
                .containsExactly(CampaignRule.REPORT_UPWARD);
        assertThat(EnumSet.allOf(PublicationDuty.class).stream().map(PublicationDuty::rule))
                .doesNotContain(CampaignRule.LAUNCH, CampaignRule.RECEIVING_PERIOD, CampaignRule.POSTING_DURATION);
    }

    @Test
    void aCampaignIsLaunchedAtOnceSoItsCallIsDueTheSameDayOrTheFirstWorkingDayAfterTet() {
        assertThat(CampaignRule.LAUNCH.days()).isZero();
        // Launched Thursday 14 January 2027: the call is due that day.
        assertThat(due(PublicationDuty.CALL, date(2027, 1, 14))).isEqualTo(date(2027, 1, 14));
        // Launched on Monday 8 February 2027, inside Tết: due Friday 12 February.
        assertThat(due(PublicationDuty.CALL, date(2027, 2, 8))).isEqualTo(date(2027, 2, 12));
    }

    @Test
    void receivingLastsAtMostNinetyDaysFromTheLaunchAndAPeriodEndingInTetEndsAfterIt() {
        // 12 Nov 2026 + 90 days: 18 to 30 Nov, 31 to 31 Dec, 31 to 31 Jan, 10 to 10 Feb 2027 — a compensatory day
        // of Tết, then 11 Feb too: Friday 12 February.
        assertThat(schedule.latestReceivingEnd(date(2026, 11, 12))).isEqualTo(date(2027, 2, 12));
        // 1 Mar 2027 + 90 days = Sunday 30 May 2027: Monday 31 May.
        assertThat(schedule.latestReceivingEnd(date(2027, 3, 1))).isEqualTo(date(2027, 5, 31));
    }

    @Test
    void distributionEndsAtMostTwentyDaysAfterReceivingEnds() {
        // Receiving ends Sunday 17 January 2027; + 20 = Saturday 6 February, Tết: Friday 12 February.
        assertThat(schedule.latestDistributionEnd(date(2027, 1, 17))).isEqualTo(date(2027, 2, 12));
        // Receiving ends Monday 1 March 2027; + 20 = Sunday 21 March: Monday 22 March.
        assertThat(schedule.latestDistributionEnd(date(2027, 3, 1))).isEqualTo(date(2027, 3, 22));
    }

    @Test
    void receivingDetailsArePublishedAtLeastOneDayBeforeReceivingStartsAndEarlierWhenThatDayIsTet() {
        // Receiving starts Friday 12 February 2027: the day before is Tết, and so back to Thursday 4 February.
        assertThat(schedule.dueOn(
                        PublicationDuty.RECEIVING_DETAILS,
                        date(2027, 2, 1),
                        date(2027, 2, 12),
                        date(2027, 3, 1),
                        date(2027, 3, 15),
                        null))
                .isEqualTo(date(2027, 2, 4));
        // Receiving starts Wednesday 20 January 2027: due Tuesday 19 January.
        assertThat(schedule.dueOn(
                        PublicationDuty.RECEIVING_DETAILS,
                        date(2027, 1, 18),
                        date(2027, 1, 20),
                        date(2027, 3, 1),
                        date(2027, 3, 15),
                        null))
                .isEqualTo(date(2027, 1, 19));
    }

    @Test
    void beneficiariesArePublicFromTheFirstDistributionAndUnknownBeforeIt() {
        assertThat(schedule.dueOn(
                        PublicationDuty.BENEFICIARIES,
                        date(2027, 1, 4),
                        date(2027, 1, 4),
                        date(2027, 2, 28),
                        date(2027, 3, 10),
                        date(2027, 2, 15)))
                .isEqualTo(date(2027, 2, 15));
        assertThat(schedule.dueOn(
                        PublicationDuty.BENEFICIARIES,
                        date(2027, 1, 4),
                        date(2027, 1, 4),
                        date(2027, 2, 28),
                        date(2027, 3, 10),
                        null))
                .isNull();
    }

    @Test
    void totalsReceivedArePublishedAtMostFifteenDaysAfterReceivingEnds() {
        // Receiving ends Sunday 24 January 2027; + 15 = Monday 8 February, Tết: Friday 12 February.
        assertThat(due(PublicationDuty.RECEIVED_TOTALS, date(2027, 1, 24))).isEqualTo(date(2027, 2, 12));
        // Receiving ends Monday 1 March 2027; + 15 = Tuesday 16 March.
        assertThat(due(PublicationDuty.RECEIVED_TOTALS, date(2027, 3, 1))).isEqualTo(date(2027, 3, 16));
    }

    @Test
    void totalsDistributedArePublishedAtMostThirtyDaysAfterDistributionEnds() {
        // Distribution ends Sunday 10 January 2027; + 30 = Tuesday 9 February, Tết: Friday 12 February.
        assertThat(due(PublicationDuty.DISTRIBUTED_TOTALS, date(2027, 1, 10))).isEqualTo(date(2027, 2, 12));
        // Distribution ends Monday 15 March 2027; + 30 = Wednesday 14 April.
        assertThat(due(PublicationDuty.DISTRIBUTED_TOTALS, date(2027, 3, 15))).isEqualTo(date(2027, 4, 14));
    }

    @Test
    void whatIsPublishedStaysPostedThirtyCalendarDaysEvenAcrossTet() {
        // Posted Wednesday 20 January 2027: up until Friday 19 February, Tết counted like any other day.
        assertThat(schedule.postedUntil(date(2027, 1, 20))).isEqualTo(date(2027, 2, 19));
        DutyClock done = new DutyClock(
                1, PublicationDuty.RECEIVED_TOTALS, date(2027, 2, 12), date(2027, 1, 20), "Website", null);
        assertThat(done.postedUntil()).isEqualTo(date(2027, 2, 19));
        assertThat(done.state(date(2027, 3, 1))).isEqualTo(DutyClock.State.DONE_ON_TIME);
        DutyClock late = new DutyClock(1, PublicationDuty.RECEIVED_TOTALS, date(2027, 2, 12), null, null, null);
        assertThat(late.state(date(2027, 2, 12))).isEqualTo(DutyClock.State.PENDING);
        assertThat(late.state(date(2027, 2, 13))).isEqualTo(DutyClock.State.OVERDUE);
    }

    @Test
    void theProvincialBanReportsUpwardAtMostThirtyDaysAfterTheCampaignEnds() {
        // Distribution ends Thursday 7 January 2027; + 30 = Saturday 6 February, Tết: Friday 12 February.
        assertThat(due(PublicationDuty.REPORT_UPWARD, date(2027, 1, 7))).isEqualTo(date(2027, 2, 12));
        // Distribution ends Thursday 1 April 2027; + 30 = Saturday 1 May, then Sunday 2 May:
        // Monday 3 May (the stub knows weekends and Tết only).
        assertThat(due(PublicationDuty.REPORT_UPWARD, date(2027, 4, 1))).isEqualTo(date(2027, 5, 3));
    }

    /** The due date of a duty whose reference day (launch, receiving end or distribution end) is {@code day}. */
    LocalDate due(PublicationDuty duty, LocalDate day) {
        LocalDate due = schedule.dueOn(duty, day, day, day, day, null);
        assertThat(due).isNotNull();
        return due;
    }
}
