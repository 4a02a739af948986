package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danvan.report.domain.ReportPeriod;
import vn.danvan.report.web.ReportPages;
import vn.danvan.shared.DomainException;

/** The preset periods of a reporting year (QĐ 11 Đ.3(8) as amended by KL 215: month, Q1, 6, 9 months, year). */
class ReportPeriodTests {

    static ReportPeriod.Range range(LocalDate from, LocalDate to) {
        return new ReportPeriod.Range(from, to);
    }

    @Test
    void aMonthRunsFromItsFirstToItsLastDayAndFebruaryOfALeapYearHas29() {
        assertThat(ReportPeriod.MONTH.of(2026, 1))
                .isEqualTo(range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(ReportPeriod.MONTH.of(2026, 2))
                .isEqualTo(range(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(ReportPeriod.MONTH.of(2028, 2))
                .isEqualTo(range(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertThat(ReportPeriod.MONTH.of(2026, 4).to()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(ReportPeriod.MONTH.of(2026, 12).to()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theFourQuartersCoverTheYearWithoutGapOrOverlap() {
        assertThat(ReportPeriod.QUARTER.of(2028, 1))
                .isEqualTo(range(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31)));
        assertThat(ReportPeriod.QUARTER.of(2026, 2))
                .isEqualTo(range(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(ReportPeriod.QUARTER.of(2026, 3))
                .isEqualTo(range(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(ReportPeriod.QUARTER.of(2026, 4))
                .isEqualTo(range(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void sixAndNineMonthsAndTheYearStartOnTheFirstOfJanuary() {
        assertThat(ReportPeriod.HALF_YEAR.of(2026, 0))
                .isEqualTo(range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        assertThat(ReportPeriod.NINE_MONTHS.of(2026, 0))
                .isEqualTo(range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)));
        assertThat(ReportPeriod.YEAR.of(2028, 0))
                .isEqualTo(range(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void aMonthOrQuarterOutsideTheYearOrAYearOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.MONTH.of(2026, 13))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("report.preset.invalid");
        assertThatThrownBy(() -> ReportPeriod.MONTH.of(2026, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ReportPeriod.QUARTER.of(2026, 5)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ReportPeriod.YEAR.of(1999, 0)).isInstanceOf(DomainException.class);
    }

    @Test
    void aPageOffersTheMonthOfItsPeriodTheQuartersSixAndNineMonthsAndTheYear() {
        var presets = ReportPages.presets(LocalDate.of(2028, 2, 10));

        assertThat(presets)
                .extracting(ReportPages.Preset::period)
                .containsExactly(
                        ReportPeriod.MONTH,
                        ReportPeriod.QUARTER,
                        ReportPeriod.QUARTER,
                        ReportPeriod.QUARTER,
                        ReportPeriod.QUARTER,
                        ReportPeriod.HALF_YEAR,
                        ReportPeriod.NINE_MONTHS,
                        ReportPeriod.YEAR);
        assertThat(presets.getFirst().from()).isEqualTo("2028-02-01");
        assertThat(presets.getFirst().to()).isEqualTo("2028-02-29");
        assertThat(presets.getLast().to()).isEqualTo("2028-12-31");
    }
}
