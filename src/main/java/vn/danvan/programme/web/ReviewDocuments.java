package vn.danvan.programme.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.programme.domain.Review;
import vn.danvan.programme.domain.ReviewFigure;
import vn.danvan.programme.domain.ReviewSection;
import vn.danvan.shared.PdfFonts;

/**
 * A review as the Party's reports are laid out (Hướng dẫn 36-HD/VPTW 2018 on the form of Party documents, [K]): the
 * issuing body under its superior with its number on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" with place and date on the
 * right, the title, the narrative under numbered headings with the platform's figures as tables, and the signature.
 * As .docx (Apache POI) for the staff to finish in Word and as PDF (OpenPDF) to print. The document reads only the
 * review and its figures, so an issued review, whose figures are frozen, gives the same document every time.
 */
@Component
class ReviewDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    private final MessageSource messages;

    ReviewDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** The parts of the document, in words, shared by both formats. */
    record Text(
            String superior,
            String body,
            String number,
            String party,
            String placeAndDate,
            String kind,
            String title,
            @Nullable String draft,
            List<Part> parts,
            List<String> columns,
            String signerPosition,
            String signerName) {}

    record Part(String heading, @Nullable String narrative, List<Table> tables) {}

    record Table(String heading, List<String[]> rows) {}

    Text text(
            Review review,
            Body body,
            Optional<Body> superior,
            List<ReviewSection> sections,
            LocalDate today,
            Locale locale) {
        LocalDate dated = review.issuedOn() != null ? review.issuedOn() : today;
        NumberFormat counts = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        List<Table> tables = new ArrayList<>();
        for (ReviewSection section : sections) {
            List<String[]> rows = new ArrayList<>();
            int n = 1;
            for (ReviewFigure figure : section.figures()) {
                rows.add(new String[] {
                    String.valueOf(n++), message(figure.labelKey(), locale), value(figure, counts, locale)
                });
            }
            tables.add(new Table(message(section.headingKey(), locale), rows));
        }
        List<Part> parts = List.of(
                new Part(message("review.doc.results", locale), review.results(), tables),
                new Part(message("review.doc.limitations", locale), review.limitations(), List.of()),
                new Part(message("review.doc.causes", locale), review.causes(), List.of()),
                new Part(message("review.doc.lessons", locale), review.lessons(), List.of()),
                new Part(message("review.doc.directions", locale), review.directions(), List.of()));
        return new Text(
                superior.map(Body::name).orElse("").toUpperCase(locale),
                body.name().toUpperCase(locale),
                message("review.doc.number", locale, review.number() == null ? "…" : review.number()),
                message("review.doc.party", locale),
                message(
                        "review.doc.place-date",
                        locale,
                        review.place(),
                        String.format("%02d", dated.getDayOfMonth()),
                        String.format("%02d", dated.getMonthValue()),
                        String.valueOf(dated.getYear())),
                message("review.doc.report", locale),
                review.title().toUpperCase(locale),
                review.issued() ? null : message("review.doc.draft", locale),
                parts,
                List.of(
                        message("review.doc.column.no", locale),
                        message("review.doc.column.content", locale),
                        message("review.doc.column.value", locale)),
                review.signerPosition() == null ? "" : review.signerPosition().toUpperCase(locale),
                review.signerName() == null ? "" : review.signerName());
    }

    byte[] docx(Text text, LocalDate dated) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Date created = Date.from(dated.atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
            document.getProperties().getCoreProperties().setCreated(java.util.Optional.of(created));
            document.getProperties().getCoreProperties().setTitle(text.title());
            XWPFTable header = document.createTable(4, 2);
            borderless(header);
            cell(header.getRow(0).getCell(0), text.superior(), false, false, false);
            cell(header.getRow(0).getCell(1), text.party(), true, false, true);
            cell(header.getRow(1).getCell(0), text.body(), true, false, false);
            cell(header.getRow(1).getCell(1), "", false, false, false);
            cell(header.getRow(2).getCell(0), "*", false, false, false);
            cell(header.getRow(2).getCell(1), text.placeAndDate(), false, true, false);
            cell(header.getRow(3).getCell(0), text.number(), false, false, false);
            cell(header.getRow(3).getCell(1), "", false, false, false);
            if (text.draft() != null) {
                paragraph(document, text.draft(), true, false, ParagraphAlignment.CENTER, 12);
            }
            paragraph(document, text.kind(), true, false, ParagraphAlignment.CENTER, 15);
            paragraph(document, text.title(), true, false, ParagraphAlignment.CENTER, 13);
            paragraph(document, "-----", false, false, ParagraphAlignment.CENTER, 13);
            for (Part part : text.parts()) {
                paragraph(document, part.heading(), true, false, ParagraphAlignment.LEFT, 13);
                if (part.narrative() != null) {
                    for (String line : part.narrative().split("\\R")) {
                        paragraph(document, line, false, false, ParagraphAlignment.BOTH, 13);
                    }
                }
                for (Table table : part.tables()) {
                    paragraph(document, table.heading(), true, true, ParagraphAlignment.LEFT, 13);
                    XWPFTable grid = document.createTable(table.rows().size() + 1, 3);
                    grid.setTableAlignment(TableRowAlign.CENTER);
                    grid.setWidth("100%");
                    for (int c = 0; c < 3; c++) {
                        cell(grid.getRow(0).getCell(c), text.columns().get(c), true, false, true);
                    }
                    for (int i = 0; i < table.rows().size(); i++) {
                        String[] row = table.rows().get(i);
                        cell(grid.getRow(i + 1).getCell(0), row[0], false, false, true);
                        cell(grid.getRow(i + 1).getCell(1), row[1], false, false, false);
                        cell(grid.getRow(i + 1).getCell(2), row[2], false, false, true);
                    }
                }
            }
            XWPFTable signature = document.createTable(2, 2);
            borderless(signature);
            cell(signature.getRow(0).getCell(0), "", false, false, false);
            cell(signature.getRow(0).getCell(1), text.signerPosition(), true, false, true);
            cell(signature.getRow(1).getCell(0), "", false, false, false);
            cell(signature.getRow(1).getCell(1), "\n\n\n" + text.signerName(), true, false, true);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(Text text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable header = new PdfPTable(new float[] {1, 1});
            header.setWidthPercentage(100);
            header.addCell(plain(text.superior() + "\n" + text.body() + "\n*\n" + text.number(), PdfFonts.regular(11)));
            header.addCell(plain(text.party() + "\n\n" + text.placeAndDate(), PdfFonts.bold(11)));
            document.add(header);
            if (text.draft() != null) {
                document.add(centered(text.draft(), PdfFonts.bold(12)));
            }
            document.add(centered(text.kind(), PdfFonts.bold(15)));
            document.add(centered(text.title(), PdfFonts.bold(13)));
            for (Part part : text.parts()) {
                Paragraph heading = new Paragraph(part.heading(), PdfFonts.bold(12));
                heading.setSpacingBefore(10);
                document.add(heading);
                if (part.narrative() != null) {
                    Paragraph narrative = new Paragraph(part.narrative(), PdfFonts.regular(12));
                    narrative.setAlignment(Element.ALIGN_JUSTIFIED);
                    document.add(narrative);
                }
                for (Table table : part.tables()) {
                    Paragraph title = new Paragraph(table.heading(), PdfFonts.italic(12));
                    title.setSpacingBefore(6);
                    document.add(title);
                    PdfPTable grid = new PdfPTable(new float[] {1, 8, 2});
                    grid.setWidthPercentage(100);
                    grid.setSpacingBefore(4);
                    for (String head : text.columns()) {
                        grid.addCell(new PdfPCell(new Phrase(head, PdfFonts.bold(11))));
                    }
                    for (String[] row : table.rows()) {
                        for (String value : row) {
                            grid.addCell(new PdfPCell(new Phrase(value, PdfFonts.regular(11))));
                        }
                    }
                    document.add(grid);
                }
            }
            PdfPTable signature = new PdfPTable(new float[] {1, 1});
            signature.setWidthPercentage(100);
            signature.setSpacingBefore(16);
            signature.addCell(plain("", PdfFonts.regular(12)));
            signature.addCell(plain(text.signerPosition() + "\n\n\n\n" + text.signerName(), PdfFonts.bold(12)));
            document.add(signature);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private String value(ReviewFigure figure, NumberFormat counts, Locale locale) {
        String number = counts.format(figure.value().setScale(0, java.math.RoundingMode.HALF_UP));
        return figure.money() ? message("review.doc.vnd", locale, number) : number;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return java.util.Objects.requireNonNull(
                messages.getMessage(key, arguments, key, locale), "the key is the default message");
    }

    private static void borderless(XWPFTable table) {
        table.setWidth("100%");
        table.removeBorders();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic, boolean centered) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        String[] lines = text.split("\n", -1);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void paragraph(
            XWPFDocument document, String text, boolean bold, boolean italic, ParagraphAlignment alignment, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setText(text);
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }
}
