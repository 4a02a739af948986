package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.calendar.domain.CalendarAdministration;

/**
 * Overrides of the calendar on the real database. The days are in 2099 so that no other test's deadline
 * can meet them; each test removes what it added.
 */
@DanvanIntegrationTest
class CalendarAdministrationIntegrationTests {

    static final LocalDate THURSDAY = LocalDate.of(2099, 12, 31);
    static final LocalDate SATURDAY = LocalDate.of(2099, 11, 14);

    @Autowired
    CalendarAdministration administration;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestAdded() {
        jdbc.sql("delete from calendar.day_override where extract(year from day) = 2099")
                .update();
        calendar.forget(2099);
    }

    int audits(String action) {
        return jdbc.sql("select count(*) from shared.audit_event where action = ? and subject_id like '2099-%'")
                .param(action)
                .query(Integer.class)
                .single();
    }

    @Test
    void aDayOffDecidedForTheYearMovesDeadlinesAndIsAuditedAndCanBeTakenBack() {
        int added = audits("calendar.override-added");
        int removed = audits("calendar.override-removed");
        assertThat(calendar.isWorkingDay(THURSDAY)).isTrue();

        administration.addOverride(
                THURSDAY, CalendarOverride.Kind.DAY_OFF, "Nghỉ hoán đổi", "Thông báo 1/TB-BNV", "quantri");

        assertThat(calendar.isWorkingDay(THURSDAY)).isFalse();
        assertThat(calendar.plusWorkingDays(THURSDAY.minusDays(1), 1)).isEqualTo(LocalDate.of(2100, 1, 4));
        assertThat(calendar.daysOff(2099)).anySatisfy(day -> {
            assertThat(day.day()).isEqualTo(THURSDAY);
            assertThat(day.source()).isEqualTo(DayOff.Source.OVERRIDE);
        });
        assertThat(audits("calendar.override-added")).isEqualTo(added + 1);

        administration.removeOverride(THURSDAY);
        assertThat(calendar.isWorkingDay(THURSDAY)).isTrue();
        assertThat(audits("calendar.override-removed")).isEqualTo(removed + 1);
    }

    @Test
    void aSwappedSaturdayBecomesAWorkingDay() {
        administration.addOverride(SATURDAY, CalendarOverride.Kind.WORKING_DAY, "Làm bù", null, "quantri");

        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
        assertThat(calendar.overrides(2099))
                .extracting(CalendarOverride::kind)
                .containsExactly(CalendarOverride.Kind.WORKING_DAY);
    }

    @Test
    void badOverridesAreRefusedAndWriteNothing() {
        int added = audits("calendar.override-added");
        assertThatThrownBy(
                        () -> administration.addOverride(THURSDAY, CalendarOverride.Kind.DAY_OFF, " ", null, "quantri"))
                .extracting("code")
                .isEqualTo("calendar.name-required");
        assertThatThrownBy(() ->
                        administration.addOverride(SATURDAY, CalendarOverride.Kind.DAY_OFF, "Nghỉ", null, "quantri"))
                .extracting("code")
                .isEqualTo("calendar.already-off");
        assertThatThrownBy(() -> administration.addOverride(
                        LocalDate.of(1999, 1, 4), CalendarOverride.Kind.DAY_OFF, "Nghỉ", null, "quantri"))
                .extracting("code")
                .isEqualTo("calendar.day-out-of-range");
        administration.addOverride(THURSDAY, CalendarOverride.Kind.DAY_OFF, "Nghỉ", null, "quantri");
        assertThatThrownBy(() -> administration.addOverride(
                        THURSDAY, CalendarOverride.Kind.DAY_OFF, "Nghỉ lần hai", null, "quantri"))
                .extracting("code")
                .isEqualTo("calendar.day-already-set");
        assertThatThrownBy(() -> administration.removeOverride(SATURDAY))
                .extracting("code")
                .isEqualTo("calendar.override-unknown");

        assertThat(calendar.overrides(2099)).hasSize(1);
        assertThat(audits("calendar.override-added")).isEqualTo(added + 1);
    }
}
