package vn.danvan.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarCalendarTests {

    @Test
    void tetFallsOnTheDaysThePublishedCalendarsShow() {
        assertThat(LunarCalendar.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(LunarCalendar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(LunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(LunarCalendar.newYear(2028)).isEqualTo(LocalDate.of(2028, 1, 26));
    }

    @Test
    void inSomeYearsVietnamsTetComesBeforeChinasBecauseTheNewMoonIsReckonedAtUtcPlusSeven() {
        assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21)); // China: 20 February
        assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17)); // China: 18 February
        assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2)); // China: 3 February
    }

    @Test
    void theHungKingsCommemorationIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(LunarCalendar.toSolar(10, 3, 2026, false)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(LunarCalendar.toSolar(10, 3, 2027, false)).isEqualTo(LocalDate.of(2027, 4, 16));
        assertThat(LunarCalendar.toSolar(10, 3, 2025, false)).isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void aLeapMonthExistsOnlyWhereTheCalendarHasOne() {
        // 2025 (Ất Tỵ) has a leap sixth month: 6 nhuận starts on 25 July 2025.
        assertThat(LunarCalendar.toSolar(1, 6, 2025, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThatThrownBy(() -> LunarCalendar.toSolar(1, 6, 2026, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
