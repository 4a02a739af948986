package vn.danvan.report.web;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles and cell writers every report workbook uses, so the forms look alike. */
public final class Sheets {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {}

    public static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A title line, then plain lines (body, period, date), then an empty row; returns the next free row. */
    public static int heading(Sheet sheet, Styles styles, String title, String... lines) {
        cell(sheet.createRow(0), 0, title, styles.title);
        for (int i = 0; i < lines.length; i++) {
            cell(sheet.createRow(1 + i), 0, lines[i], styles.plain);
        }
        return lines.length + 2;
    }

    public static void number(Row row, int column, int value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number);
    }

    public static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle strong;
        final CellStyle[] indented = new CellStyle[3];
        final CellStyle number;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            plain = workbook.createCellStyle();
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            strong = bordered(workbook);
            strong.setFont(bold);
            for (int depth = 0; depth < indented.length; depth++) {
                indented[depth] = bordered(workbook);
                indented[depth].setIndention((short) (depth * 2));
            }
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
