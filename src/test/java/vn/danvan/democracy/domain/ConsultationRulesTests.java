package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.shared.DomainException;

/** By hand, on a stub calendar: weekends off, and 2 September 2026 (Wednesday, Quốc khánh) with 1 September. */
class ConsultationRulesTests {

    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));

    final ConsultationRules rules = new ConsultationRules(
            new ConsultationSettings(0, 0, 0, 0),
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(day));

    @Test
    void aDraftOpensForFifteenDaysByDefaultCountedFromTheDayAfter() {
        // Mon 5 Oct 2026 + 15 days = Tue 20 Oct.
        assertThat(rules.earliestClose(LocalDate.of(2026, 10, 5))).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(rules.closingDay(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 5)))
                .isEqualTo(LocalDate.of(2026, 10, 20));
        assertThatThrownBy(() -> rules.closingDay(
                        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 5)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.period-too-short"));
    }

    @Test
    void aLastDayOnAWeekendOrAHolidayMovesToTheNextWorkingDay() {
        // Sun 25 Oct → Mon 26 Oct (Bộ luật Dân sự 2015 Đ.148(5)).
        assertThat(rules.closingDay(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 5)))
                .isEqualTo(LocalDate.of(2026, 10, 26));
        // Tue 1 and Wed 2 Sep off → Thu 3 Sep.
        assertThat(rules.closingDay(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 10)))
                .isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void aDraftCannotOpenInThePast() {
        assertThatThrownBy(() -> rules.closingDay(
                        LocalDate.of(2026, 10, 4), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 10, 5)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.opens-in-past"));
    }

    @Test
    void theFrontGetsTheDraftFifteenDaysBeforeItsSubmissionOrItIsFlagged() {
        LocalDate received = LocalDate.of(2026, 10, 1);
        assertThat(ConsultationRules.sentLate(received, LocalDate.of(2026, 10, 16)))
                .isFalse();
        assertThat(ConsultationRules.sentLate(received, LocalDate.of(2026, 10, 15)))
                .isTrue();
        assertThat(ConsultationRules.sentLate(received, null)).isFalse();
    }

    @Test
    void theReplyToADocumentOfCriticismFallsDueThirtyDaysLaterOnAWorkingDay() {
        // Thu 1 Oct + 30 = Sat 31 Oct → Mon 2 Nov.
        assertThat(rules.replyDue(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
