package vn.danvan.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.report.PetitionHandlingReport;

/** Writes the petition-handling report as an .xlsx workbook: the form's lines, then the breakdown by content. */
@Component
public class PetitionHandlingWorkbook {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public PetitionHandlingWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(PetitionHandlingReport report, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheets.Styles styles = new Sheets.Styles(workbook);
            writeLines(workbook.createSheet(text("report.sheet.lines", locale)), report, styles, locale);
            writeContent(workbook.createSheet(text("report.sheet.content", locale)), report, styles, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLines(Sheet sheet, PetitionHandlingReport report, Sheets.Styles styles, Locale locale) {
        int rowIndex = heading(sheet, report, styles, locale);
        Row header = sheet.createRow(rowIndex++);
        Sheets.cell(header, 0, text("report.col.number", locale), styles.header);
        Sheets.cell(header, 1, text("report.col.line", locale), styles.header);
        Sheets.cell(header, 2, text("report.col.count", locale), styles.header);
        for (PetitionHandlingReport.Line line : report.lines()) {
            Row row = sheet.createRow(rowIndex++);
            CellStyle label = line.depth() == 0 ? styles.strong : styles.indented[Math.min(line.depth(), 2)];
            Sheets.cell(row, 0, line.number(), styles.plain);
            Sheets.cell(row, 1, text(line.labelKey(), locale), label);
            Sheets.number(row, 2, line.value(), styles);
        }
        Row matters = sheet.createRow(rowIndex);
        Sheets.cell(matters, 0, "", styles.plain);
        Sheets.cell(matters, 1, text("samematter.report.matters", locale), styles.strong);
        Sheets.number(matters, 2, report.matters().total(), styles);
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 14 * 256);
    }

    private void writeContent(Sheet sheet, PetitionHandlingReport report, Sheets.Styles styles, Locale locale) {
        int rowIndex = heading(sheet, report, styles, locale);
        Row header = sheet.createRow(rowIndex++);
        String[] columns = {
            "report.col.type",
            "report.col.field",
            "report.col.total",
            "report.col.within",
            "report.col.resolved",
            "report.col.in-progress"
        };
        for (int i = 0; i < columns.length; i++) {
            Sheets.cell(header, i, text(columns[i], locale), styles.header);
        }
        for (PetitionHandlingReport.ContentRow content : report.byContent()) {
            Row row = sheet.createRow(rowIndex++);
            Sheets.cell(row, 0, text("type." + content.type().name(), locale), styles.plain);
            Sheets.cell(
                    row,
                    1,
                    "en".equals(locale.getLanguage()) ? content.fieldNameEn() : content.fieldNameVi(),
                    styles.plain);
            int[] values = {content.total(), content.withinJurisdiction(), content.resolved(), content.inProgress()};
            for (int i = 0; i < values.length; i++) {
                Sheets.number(row, 2 + i, values[i], styles);
            }
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int i = 2; i < columns.length; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    /** Title, body and period; returns the next free row. */
    private int heading(Sheet sheet, PetitionHandlingReport report, Sheets.Styles styles, Locale locale) {
        String body = report.includesSubordinates()
                ? text(
                        "report.body.with-subordinates",
                        locale,
                        report.bodyName(),
                        report.bodyNames().size() - 1)
                : report.bodyName();
        return Sheets.heading(
                sheet,
                styles,
                text("report.title", locale),
                body,
                text("report.period", locale, DATE.format(report.from()), DATE.format(report.to())),
                text("report.compiled-on", locale, DATE.format(report.compiledOn())));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(
                messages.getMessage(key, arguments, key, locale), "the key is the default message");
    }
}
