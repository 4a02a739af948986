package vn.danvan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the petition-handling report as an .xlsx workbook: the form's lines, then the breakdown by content. */
@Component
class PetitionHandlingWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PetitionHandlingWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(PetitionHandlingReport report, Locale locale) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeLines(workbook.createSheet(text("report.sheet.lines", locale)), report, styles, locale);
            writeContent(workbook.createSheet(text("report.sheet.content", locale)), report, styles, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLines(Sheet sheet, PetitionHandlingReport report, Styles styles, Locale locale) {
        int rowIndex = heading(sheet, report, styles, locale);
        Row header = sheet.createRow(rowIndex++);
        cell(header, 0, text("report.col.number", locale), styles.header);
        cell(header, 1, text("report.col.line", locale), styles.header);
        cell(header, 2, text("report.col.count", locale), styles.header);
        for (PetitionHandlingReport.Line line : report.lines()) {
            Row row = sheet.createRow(rowIndex++);
            CellStyle label = line.depth() == 0 ? styles.strong : styles.indented[Math.min(line.depth(), 2)];
            cell(row, 0, line.number(), styles.plain);
            cell(row, 1, text(line.labelKey(), locale), label);
            var count = row.createCell(2);
            count.setCellValue(line.value());
            count.setCellStyle(styles.number);
        }
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 14 * 256);
    }

    private void writeContent(Sheet sheet, PetitionHandlingReport report, Styles styles, Locale locale) {
        int rowIndex = heading(sheet, report, styles, locale);
        Row header = sheet.createRow(rowIndex++);
        String[] columns = { "report.col.type", "report.col.field", "report.col.total", "report.col.within",
                "report.col.resolved", "report.col.in-progress" };
        for (int i = 0; i < columns.length; i++) {
            cell(header, i, text(columns[i], locale), styles.header);
        }
        for (PetitionHandlingReport.ContentRow content : report.byContent()) {
            Row row = sheet.createRow(rowIndex++);
            cell(row, 0, text("type." + content.type().name(), locale), styles.plain);
            cell(row, 1, "en".equals(locale.getLanguage()) ? content.fieldNameEn() : content.fieldNameVi(), styles.plain);
            int[] values = { content.total(), content.withinJurisdiction(), content.resolved(), content.inProgress() };
            for (int i = 0; i < values.length; i++) {
                var count = row.createCell(2 + i);
                count.setCellValue(values[i]);
                count.setCellStyle(styles.number);
            }
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int i = 2; i < columns.length; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    /** Title, body and period; returns the next free row. */
    private int heading(Sheet sheet, PetitionHandlingReport report, Styles styles, Locale locale) {
        cell(sheet.createRow(0), 0, text("report.title", locale), styles.title);
        String body = report.includesSubordinates()
                ? text("report.body.with-subordinates", locale, report.bodyName(), report.bodyNames().size() - 1)
                : report.bodyName();
        cell(sheet.createRow(1), 0, body, styles.plain);
        cell(sheet.createRow(2), 0, text("report.period", locale, DATE.format(report.from()), DATE.format(report.to())),
                styles.plain);
        cell(sheet.createRow(3), 0, text("report.compiled-on", locale, DATE.format(report.compiledOn())), styles.plain);
        return 5;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static final class Styles {
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
