package vn.danvan.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.report.domain.OfficialForm;
import vn.danvan.shared.PdfFonts;

/**
 * The one layout of every official form ({@link OfficialForm}), as .xlsx and as PDF, printable on A4 landscape: the
 * reporting body under its superior and the Quốc hiệu and tiêu ngữ beside them (thể thức văn bản, Nghị định
 * 30/2020/NĐ-CP), the form's code and legal basis, the title, "Số liệu tính từ ngày … đến ngày …", the unit of
 * measure, the table with its code and label columns (A, B) and numbered columns (1, 2, 3 …) under group headings,
 * then place and date and the signatures of the preparer and the head.
 */
@Component
public class OfficialLayout {

    public static final String PDF = "application/pdf";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public OfficialLayout(MessageSource messages) {
        this.messages = messages;
    }

    /** The header rows of the table: groups, labels, then the letters and numbers of the columns. */
    static final int HEADER_ROWS = 3;

    /** A run of columns under one group heading (or one column with none). */
    record Span(int first, int last, @Nullable String group) {}

    static List<Span> spans(List<OfficialForm.Column> columns) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            String group = columns.get(i).group();
            int last = i;
            while (group != null
                    && last + 1 < columns.size()
                    && group.equals(columns.get(last + 1).group())) {
                last++;
            }
            spans.add(new Span(i, last, group));
            i = last + 1;
        }
        return spans;
    }

    // ---- .xlsx ----------------------------------------------------------------------------------------------

    public byte[] xlsx(OfficialForm form, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(form.code().replaceAll("[/\\\\?*\\[\\]:]", "-"));
            int width = 2 + form.columns().size();
            int split = Math.max(2, width / 2);
            int last = width - 1;
            int r = 0;
            cell(
                    sheet,
                    r,
                    0,
                    0,
                    split - 1,
                    form.superiorBody() == null ? "" : upper(form.superiorBody()),
                    styles.center);
            cell(sheet, r++, split, split, last, text("report.official.nation", locale), styles.centerBold);
            cell(sheet, r, 0, 0, split - 1, upper(form.reportingBody()), styles.centerBold);
            cell(sheet, r++, split, split, last, text("report.official.motto", locale), styles.centerBold);
            cell(sheet, r++, 0, 0, split - 1, form.code(), styles.centerBold);
            cell(sheet, r++, 0, 0, split - 1, form.basis(), styles.centerItalic);
            r++;
            cell(sheet, r++, 0, 0, last, upper(form.title()), styles.title);
            cell(sheet, r++, 0, 0, last, period(form, locale), styles.centerItalic);
            cell(sheet, r++, 0, 0, last, form.unit(), styles.rightItalic);
            int headerTop = r;
            Row groups = sheet.createRow(r);
            Row labels = sheet.createRow(r + 1);
            Row numbers = sheet.createRow(r + 2);
            groups.setHeightInPoints(30);
            labels.setHeightInPoints(75);
            headerCell(sheet, groups, labels, 0, form.codeHeading(), styles);
            headerCell(sheet, groups, labels, 1, form.labelHeading(), styles);
            for (Span span : spans(form.columns())) {
                if (span.group() == null) {
                    headerCell(
                            sheet,
                            groups,
                            labels,
                            2 + span.first(),
                            form.columns().get(span.first()).label(),
                            styles);
                } else {
                    for (int c = span.first(); c <= span.last(); c++) {
                        Sheets.cell(groups, 2 + c, span.group(), styles.header);
                        Sheets.cell(labels, 2 + c, form.columns().get(c).label(), styles.header);
                    }
                    if (span.last() > span.first()) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 2 + span.first(), 2 + span.last()));
                    }
                }
            }
            Sheets.cell(numbers, 0, "A", styles.header);
            Sheets.cell(numbers, 1, "B", styles.header);
            for (OfficialForm.Column column : form.columns()) {
                Sheets.cell(numbers, 1 + Integer.parseInt(column.number()), column.number(), styles.header);
            }
            r += HEADER_ROWS;
            for (OfficialForm.Row data : form.rows()) {
                Row row = sheet.createRow(r++);
                Sheets.cell(row, 0, data.code(), data.depth() == 0 ? styles.strong : styles.bordered);
                Sheets.cell(row, 1, data.label(), data.depth() == 0 ? styles.strong : styles.indented);
                for (int c = 0; c < data.values().size(); c++) {
                    BigDecimal value = data.values().get(c).stripTrailingZeros();
                    var cell = row.createCell(2 + c);
                    cell.setCellValue(value.doubleValue());
                    cell.setCellStyle(value.scale() > 0 ? styles.decimal : styles.integer);
                }
            }
            r++;
            if (form.note() != null) {
                cell(sheet, r++, 0, 0, last, form.note(), styles.italic);
                r++;
            }
            cell(sheet, r++, split, split, last, placeAndDate(form, locale), styles.centerItalic);
            cell(sheet, r, 0, 0, split - 1, text("report.official.preparer", locale), styles.centerBold);
            cell(sheet, r++, split, split, last, upper(form.headTitle()), styles.centerBold);
            cell(sheet, r, 0, 0, split - 1, text("report.official.preparer.sign", locale), styles.centerItalic);
            cell(sheet, r++, split, split, last, text("report.official.head.sign", locale), styles.centerItalic);
            if (form.headName() != null) {
                r += 3;
                cell(sheet, r, split, split, last, form.headName(), styles.centerBold);
            }
            sheet.setColumnWidth(0, 7 * 256);
            sheet.setColumnWidth(1, (form.columns().size() > 1 ? 28 : 60) * 256);
            for (int c = 0; c < form.columns().size(); c++) {
                sheet.setColumnWidth(2 + c, (form.columns().size() > 1 ? 10 : 16) * 256);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 0.4);
            sheet.setMargin(Sheet.RightMargin, 0.4);
            sheet.setMargin(Sheet.TopMargin, 0.5);
            sheet.setMargin(Sheet.BottomMargin, 0.5);
            sheet.setRepeatingRows(new CellRangeAddress(headerTop, headerTop + HEADER_ROWS - 1, -1, -1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A code, label or ungrouped column heading: one cell over the group and label rows. */
    private static void headerCell(Sheet sheet, Row groups, Row labels, int column, String text, Styles styles) {
        Sheets.cell(groups, column, text, styles.header);
        Sheets.cell(labels, column, "", styles.header);
        sheet.addMergedRegion(new CellRangeAddress(groups.getRowNum(), labels.getRowNum(), column, column));
    }

    private static void cell(Sheet sheet, int rowIndex, int column, int first, int last, String text, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Sheets.cell(row, column, text, style);
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
        }
    }

    private static final class Styles {
        final CellStyle center;
        final CellStyle centerBold;
        final CellStyle centerItalic;
        final CellStyle rightItalic;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle header;
        final CellStyle bordered;
        final CellStyle strong;
        final CellStyle indented;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(XSSFWorkbook workbook) {
            Font bold = font(workbook, true, false, 11);
            Font italicFont = font(workbook, false, true, 11);
            Font titleFont = font(workbook, true, false, 13);
            center = aligned(workbook, HorizontalAlignment.CENTER, null);
            centerBold = aligned(workbook, HorizontalAlignment.CENTER, bold);
            centerItalic = aligned(workbook, HorizontalAlignment.CENTER, italicFont);
            rightItalic = aligned(workbook, HorizontalAlignment.RIGHT, italicFont);
            italic = aligned(workbook, HorizontalAlignment.LEFT, italicFont);
            title = aligned(workbook, HorizontalAlignment.CENTER, titleFont);
            header = bordered(workbook);
            header.setFont(font(workbook, true, false, 9));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            bordered = bordered(workbook);
            strong = bordered(workbook);
            strong.setFont(bold);
            indented = bordered(workbook);
            indented.setIndention((short) 1);
            indented.setWrapText(true);
            integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = bordered(workbook);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0#####"));
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int size) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) size);
            return font;
        }

        private static CellStyle aligned(XSSFWorkbook workbook, HorizontalAlignment alignment, @Nullable Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setAlignment(alignment);
            style.setWrapText(true);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }

    // ---- PDF ------------------------------------------------------------------------------------------------

    public byte[] pdf(OfficialForm form, Locale locale) {
        var out = new ByteArrayOutputStream();
        // A landscape media box, not a portrait one turned by /Rotate, so that every printer and reader sees landscape.
        Rectangle a4Landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        var document = new Document(a4Landscape, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(form.code() + " — " + form.title());
            document.open();
            document.add(heading(form, locale));
            Paragraph title = new Paragraph(upper(form.title()), PdfFonts.bold(12));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(8);
            document.add(title);
            Paragraph period = new Paragraph(period(form, locale), PdfFonts.italic(10));
            period.setAlignment(Element.ALIGN_CENTER);
            document.add(period);
            Paragraph unit = new Paragraph(form.unit(), PdfFonts.italic(8));
            unit.setAlignment(Element.ALIGN_RIGHT);
            unit.setSpacingAfter(3);
            document.add(unit);
            document.add(table(form));
            if (form.note() != null) {
                Paragraph note = new Paragraph(form.note(), PdfFonts.italic(8));
                note.setSpacingBefore(4);
                document.add(note);
            }
            document.add(signatures(form, locale));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of " + form.code() + " could not be written", e);
        }
        return out.toByteArray();
    }

    private PdfPTable heading(OfficialForm form, Locale locale) throws DocumentException {
        PdfPTable heading = new PdfPTable(new float[] {1, 1});
        heading.setWidthPercentage(100);
        PdfPCell left = plain();
        left.addElement(centered(form.superiorBody() == null ? "" : upper(form.superiorBody()), PdfFonts.regular(10)));
        left.addElement(centered(upper(form.reportingBody()), PdfFonts.bold(10)));
        left.addElement(centered(form.code(), PdfFonts.bold(9)));
        left.addElement(centered(form.basis(), PdfFonts.italic(8)));
        PdfPCell right = plain();
        right.addElement(centered(text("report.official.nation", locale), PdfFonts.bold(10)));
        right.addElement(centered(text("report.official.motto", locale), PdfFonts.bold(10)));
        heading.addCell(left);
        heading.addCell(right);
        return heading;
    }

    private static PdfPTable table(OfficialForm form) throws DocumentException {
        int n = form.columns().size();
        // Widths in points of the printable 786: the code, the label, then the numbered columns share the rest.
        float labelWidth = n > 20 ? 100 : n > 1 ? 130 : 560;
        float[] widths = new float[2 + n];
        widths[0] = 22;
        widths[1] = labelWidth;
        for (int c = 0; c < n; c++) {
            widths[2 + c] = (786 - 22 - labelWidth) / n;
        }
        float headerSize = n > 20 ? 5.5f : n > 10 ? 6.5f : 9f;
        float bodySize = n > 20 ? 6.5f : n > 10 ? 7.5f : 9f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(HEADER_ROWS);
        table.setSplitLate(false);
        table.addCell(header(form.codeHeading(), headerSize, 1, 2));
        table.addCell(header(form.labelHeading(), headerSize, 1, 2));
        List<Span> spans = spans(form.columns());
        for (Span span : spans) {
            if (span.group() == null) {
                table.addCell(header(form.columns().get(span.first()).label(), headerSize, 1, 2));
            } else {
                table.addCell(header(span.group(), headerSize, span.last() - span.first() + 1, 1));
            }
        }
        for (Span span : spans) {
            if (span.group() != null) {
                for (int c = span.first(); c <= span.last(); c++) {
                    table.addCell(header(form.columns().get(c).label(), headerSize, 1, 1));
                }
            }
        }
        table.addCell(header("A", headerSize, 1, 1));
        table.addCell(header("B", headerSize, 1, 1));
        for (OfficialForm.Column column : form.columns()) {
            table.addCell(header(column.number(), headerSize, 1, 1));
        }
        DecimalFormat numbers = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.of("vi")));
        for (OfficialForm.Row row : form.rows()) {
            var font = row.depth() == 0 ? PdfFonts.bold(bodySize) : PdfFonts.regular(bodySize);
            PdfPCell code = new PdfPCell(new Phrase(row.code(), font));
            code.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(code);
            PdfPCell label = new PdfPCell(new Phrase(row.label(), font));
            label.setPaddingLeft(2 + 6 * row.depth());
            table.addCell(label);
            for (BigDecimal value : row.values()) {
                PdfPCell cell = new PdfPCell(new Phrase(numbers.format(value), font));
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell header(String text, float size, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.bold(size)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setPadding(2);
        return cell;
    }

    private PdfPTable signatures(OfficialForm form, Locale locale) throws DocumentException {
        PdfPTable signatures = new PdfPTable(new float[] {1, 1});
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(10);
        signatures.setKeepTogether(true);
        PdfPCell left = plain();
        left.addElement(centered(" ", PdfFonts.italic(10)));
        left.addElement(centered(text("report.official.preparer", locale), PdfFonts.bold(10)));
        left.addElement(centered(text("report.official.preparer.sign", locale), PdfFonts.italic(9)));
        PdfPCell right = plain();
        right.addElement(centered(placeAndDate(form, locale), PdfFonts.italic(10)));
        right.addElement(centered(upper(form.headTitle()), PdfFonts.bold(10)));
        right.addElement(centered(text("report.official.head.sign", locale), PdfFonts.italic(9)));
        if (form.headName() != null) {
            Paragraph name = centered(form.headName(), PdfFonts.bold(10));
            name.setSpacingBefore(40);
            right.addElement(name);
        }
        signatures.addCell(left);
        signatures.addCell(right);
        return signatures;
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centered(String text, org.openpdf.text.Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    // ---- texts ----------------------------------------------------------------------------------------------

    private String period(OfficialForm form, Locale locale) {
        return text("report.official.period", locale, DATE.format(form.from()), DATE.format(form.to()));
    }

    private String placeAndDate(OfficialForm form, Locale locale) {
        LocalDate on = form.compiledOn();
        return text(
                "report.official.place-date",
                locale,
                form.place(),
                String.format("%02d", on.getDayOfMonth()),
                String.format("%02d", on.getMonthValue()),
                String.valueOf(on.getYear()));
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.of("vi"));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(
                messages.getMessage(key, arguments, key, locale), "the key is the default message");
    }
}
