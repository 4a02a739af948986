package vn.danvan.report.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.danvan.shared.DomainException;

/**
 * The periods a report page offers at a click, within one reporting year: a month, a quarter, the first six or nine
 * months, the year — the periods of Quy định 11-QĐi/TW Đ.3(8) as amended by Kết luận 215-KL/TW (monthly, quý I,
 * 6 tháng, 9 tháng, năm) and of the inspectorate's regime (Thông tư 02/2021/TT-TTCP). Calendar boundaries: the
 * cut-off days some regimes set (NĐ 09/2019/NĐ-CP Đ.12: from the 15th of the month before) are [K] and not applied;
 * a page's free dates cover them.
 */
public enum ReportPeriod {
    MONTH,
    QUARTER,
    HALF_YEAR,
    NINE_MONTHS,
    YEAR;

    /** A period of the year: {@code from} and {@code to}, both included. */
    public record Range(LocalDate from, LocalDate to) {}

    /**
     * The days of this period in {@code year}; {@code index} is the month (1–12) for {@link #MONTH}, the quarter
     * (1–4) for {@link #QUARTER}, ignored otherwise.
     */
    public Range of(int year, int index) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("report.preset.invalid");
        }
        return switch (this) {
            case MONTH -> {
                if (index < 1 || index > 12) {
                    throw DomainException.invalid("report.preset.invalid");
                }
                YearMonth month = YearMonth.of(year, index);
                yield new Range(month.atDay(1), month.atEndOfMonth());
            }
            case QUARTER -> {
                if (index < 1 || index > 4) {
                    throw DomainException.invalid("report.preset.invalid");
                }
                yield new Range(
                        YearMonth.of(year, index * 3 - 2).atDay(1),
                        YearMonth.of(year, index * 3).atEndOfMonth());
            }
            case HALF_YEAR -> new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            case NINE_MONTHS -> new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
            case YEAR -> new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        };
    }
}
