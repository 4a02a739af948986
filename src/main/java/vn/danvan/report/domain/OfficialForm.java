package vn.danvan.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statutory report in the layout of its official form, its texts already in the reader's language: the form's
 * code and title, the reporting body and period, numbered columns (1, 2, 3 … as the inspectorate's forms number
 * them, under optional group headings), coded rows, the unit of measure, the place and date and who signs. The page,
 * the API, the workbook and the PDF all render this one value (web/OfficialLayout).
 *
 * @param form the form's short name in URLs ({@code 01}, {@code 02}, {@code 03}, {@code 04}, {@code qd11})
 * @param code the form's own code, e.g. "Biểu số 03/KQGQ"
 * @param basis the act that sets the form, with a note when its columns are [K]
 * @param codeHeading the heading of the rows' code column (A), e.g. "MS"
 * @param labelHeading the heading of the rows' label column (B), e.g. "Đơn vị"
 * @param headTitle who signs beside the preparer (thủ trưởng cơ quan, người đứng đầu cấp ủy)
 */
public record OfficialForm(
        String form,
        String code,
        String title,
        String basis,
        String reportingBody,
        @Nullable String superiorBody,
        LocalDate from,
        LocalDate to,
        String unit,
        String codeHeading,
        String labelHeading,
        List<Column> columns,
        List<Row> rows,
        String place,
        LocalDate compiledOn,
        String headTitle,
        @Nullable String headName,
        @Nullable String note) {

    /** A numbered column; columns with the same {@code group} next to each other share one heading above. */
    public record Column(
            String key, String number, @Nullable String group, String label) {}

    /** A row: its code (mã số), its label, its depth under the row above, one value per column. */
    public record Row(String code, String label, int depth, List<BigDecimal> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public OfficialForm {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("Row " + row.code() + " has "
                        + row.values().size() + " values for " + columns.size() + " columns");
            }
        }
    }

    /**
     * How many columns the group heading over column {@code index} spans when the column starts its group; zero
     * when it continues the group of the column before (a page's table header).
     */
    public int span(int index) {
        String group = columns.get(index).group();
        if (group == null) {
            return 1;
        }
        if (index > 0 && group.equals(columns.get(index - 1).group())) {
            return 0;
        }
        int last = index;
        while (last + 1 < columns.size() && group.equals(columns.get(last + 1).group())) {
            last++;
        }
        return last - index + 1;
    }

    /** The value of the row coded {@code rowCode} in the column keyed {@code columnKey} (tests and the API). */
    public BigDecimal value(String rowCode, String columnKey) {
        int column = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                column = i;
            }
        }
        if (column < 0) {
            throw new IllegalArgumentException("No column " + columnKey);
        }
        for (Row row : rows) {
            if (row.code().equals(rowCode)) {
                return row.values().get(column);
            }
        }
        throw new IllegalArgumentException("No row " + rowCode);
    }
}
