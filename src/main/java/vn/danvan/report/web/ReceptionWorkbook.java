package vn.danvan.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.report.domain.ReceptionReport;

/** Writes the reception report (Biểu 01/TCD) as an .xlsx workbook. */
@Component
public class ReceptionWorkbook {

    private final MessageSource messages;

    public ReceptionWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ReceptionReport report, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheets.Styles styles = new Sheets.Styles(workbook);
            Sheet sheet = workbook.createSheet(text("report.reception.sheet", locale));
            String body = report.includesSubordinates()
                    ? text(
                            "report.body.with-subordinates",
                            locale,
                            report.bodyName(),
                            report.bodyNames().size() - 1)
                    : report.bodyName();
            int rowIndex = Sheets.heading(
                    sheet,
                    styles,
                    text("report.reception.title", locale),
                    body,
                    text(
                            "report.period",
                            locale,
                            PetitionHandlingWorkbook.DATE.format(report.from()),
                            PetitionHandlingWorkbook.DATE.format(report.to())),
                    text("report.compiled-on", locale, PetitionHandlingWorkbook.DATE.format(report.compiledOn())));
            String[] columns = {
                "",
                "report.reception.col.visits",
                "report.reception.col.people",
                "report.reception.col.old",
                "report.reception.col.new",
                "report.reception.col.groups",
                "report.reception.col.delegation-people",
                "report.reception.col.delegation-old",
                "report.reception.col.delegation-new"
            };
            Row header = sheet.createRow(rowIndex++);
            for (int i = 0; i < columns.length; i++) {
                Sheets.cell(header, i, columns[i].isEmpty() ? "" : text(columns[i], locale), styles.header);
            }
            rowIndex =
                    breakdown(sheet, rowIndex, text("report.reception.row.regular", locale), report.regular(), styles);
            rowIndex =
                    breakdown(sheet, rowIndex, text("report.reception.row.headLed", locale), report.headLed(), styles);
            rowIndex++;
            Row contentHeader = sheet.createRow(rowIndex++);
            Sheets.cell(contentHeader, 0, text("report.col.type", locale), styles.header);
            Sheets.cell(contentHeader, 1, text("report.col.field", locale), styles.header);
            Sheets.cell(contentHeader, 2, text("report.reception.col.visits", locale), styles.header);
            Sheets.cell(contentHeader, 3, text("report.reception.col.people", locale), styles.header);
            for (ReceptionReport.ContentRow content : report.byContent()) {
                Row row = sheet.createRow(rowIndex++);
                Sheets.cell(row, 0, text("type." + content.type().name(), locale), styles.plain);
                Sheets.cell(
                        row,
                        1,
                        "en".equals(locale.getLanguage()) ? content.fieldNameEn() : content.fieldNameVi(),
                        styles.plain);
                Sheets.number(row, 2, content.visits(), styles);
                Sheets.number(row, 3, content.people(), styles);
            }
            rowIndex++;
            String[] results = {"report.reception.answered", "report.reception.petitions", "report.reception.refused"};
            int[] values = {
                report.results().answered(),
                report.results().petitionsMade(),
                report.results().refused()
            };
            for (int i = 0; i < results.length; i++) {
                Row row = sheet.createRow(rowIndex++);
                Sheets.cell(row, 0, text(results[i], locale), styles.strong);
                Sheets.number(row, 1, values[i], styles);
            }
            sheet.setColumnWidth(0, 36 * 256);
            for (int i = 1; i < columns.length; i++) {
                sheet.setColumnWidth(i, 13 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int breakdown(
            Sheet sheet, int rowIndex, String label, ReceptionReport.Breakdown b, Sheets.Styles styles) {
        Row row = sheet.createRow(rowIndex);
        Sheets.cell(row, 0, label, styles.strong);
        int[] values = {
            b.visits(),
            b.people(),
            b.oldMatters(),
            b.newMatters(),
            b.delegations(),
            b.delegationPeople(),
            b.delegationOldMatters(),
            b.delegationNewMatters()
        };
        for (int i = 0; i < values.length; i++) {
            Sheets.number(row, 1 + i, values[i], styles);
        }
        return rowIndex + 1;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(
                messages.getMessage(key, arguments, key, locale), "the key is the default message");
    }
}
