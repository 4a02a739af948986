package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines over weekends, Tết 2027, compensatory days and overrides — every date computed by hand. */
class WorkingCalendarTests {

    final Map<LocalDate, CalendarOverride> overrides = new HashMap<>();
    final WorkingCalendar calendar = new WorkingCalendar(year -> Map.copyOf(overrides), Clock.systemUTC());

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void threeWorkingDaysAfterAThursdayEndOnTheTuesdayAfterTheWeekend() {
        assertThat(calendar.plusWorkingDays(date(2026, 10, 8), 3)).isEqualTo(date(2026, 10, 13));
    }

    @Test
    void tet2027BlocksFifthToNinthFebruaryAndItsSaturdayAndSundayGiveTenthAndEleventhOff() {
        // 5 Feb 2027 is the last day of the year Bính Ngọ; 6 Feb is Tết Đinh Mùi.
        for (int day = 5; day <= 11; day++) {
            assertThat(calendar.isWorkingDay(date(2027, 2, day)))
                    .as("February %d", day)
                    .isFalse();
        }
        assertThat(calendar.isWorkingDay(date(2027, 2, 12))).isTrue();
        assertThat(calendar.daysOff(2027))
                .filteredOn(d -> d.source() == DayOff.Source.COMPENSATORY)
                .extracting(DayOff::day)
                .contains(date(2027, 2, 10), date(2027, 2, 11));
    }

    @Test
    void fiveWorkingDaysFromTheWednesdayBeforeTetEndOnTheWednesdayAfter() {
        // Thu 4 (1); 5–11 off, Sat 13 / Sun 14 weekend; Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5).
        assertThat(calendar.plusWorkingDays(date(2027, 2, 3), 5)).isEqualTo(date(2027, 2, 17));
        assertThat(calendar.workingDaysBetween(date(2027, 2, 1), date(2027, 2, 28)))
                .isEqualTo(14);
    }

    @Test
    void aCalendarDayPeriodEndingOnACompensatoryDayMovesToTheNextWorkingDay() {
        // 30 days after 11 January 2027 is 10 February, a compensatory day; then 11 Feb too: Friday 12 Feb.
        assertThat(calendar.plusCalendarDays(date(2027, 1, 11), 30)).isEqualTo(date(2027, 2, 12));
        // 1 May 2027 is a Saturday: Monday 3 May is its compensatory day, so 30 days after 3 April end on 4 May.
        assertThat(calendar.isWorkingDay(date(2027, 5, 3))).isFalse();
        assertThat(calendar.plusCalendarDays(date(2027, 4, 3), 30)).isEqualTo(date(2027, 5, 4));
    }

    @Test
    void reunificationAndLabourDayAndNationalDayAndTheHungKingsAreDaysOff() {
        assertThat(calendar.isWorkingDay(date(2027, 4, 30))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 9, 3))).isTrue();
        assertThat(calendar.isWorkingDay(date(2027, 4, 16))).isFalse(); // 10/3 Đinh Mùi
        assertThat(calendar.isWorkingDay(date(2027, 1, 1))).isFalse();
        // 1 January 2028 is a Saturday: Monday 3 January is given back.
        assertThat(calendar.isWorkingDay(date(2028, 1, 3))).isFalse();
    }

    @Test
    void anOverrideTurnsASwappedSaturdayIntoAWorkingDayAndABridgeDayIntoADayOff() {
        overrides.put(
                date(2026, 12, 31),
                new CalendarOverride(
                        date(2026, 12, 31),
                        CalendarOverride.Kind.DAY_OFF,
                        "Nghỉ bù đổi ngày",
                        "Thông báo của Bộ Nội vụ"));
        overrides.put(
                date(2027, 1, 9),
                new CalendarOverride(
                        date(2027, 1, 9),
                        CalendarOverride.Kind.WORKING_DAY,
                        "Làm bù thứ Bảy",
                        "Thông báo của Bộ Nội vụ"));
        var fresh = new WorkingCalendar(year -> Map.copyOf(overrides), Clock.systemUTC());

        assertThat(fresh.isWorkingDay(date(2026, 12, 31))).isFalse();
        assertThat(fresh.isWorkingDay(date(2027, 1, 9))).isTrue();
        // From Wed 30 Dec 2026: Thu 31 off, Fri 1 Jan holiday, weekend; Mon 4 (1), Tue 5 (2).
        assertThat(fresh.plusWorkingDays(date(2026, 12, 30), 2)).isEqualTo(date(2027, 1, 5));
        assertThat(fresh.daysOff(2026)).extracting(DayOff::day).contains(date(2026, 12, 31));
    }
}
