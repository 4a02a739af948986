package vn.danvan.petition.domain;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.danvan.petition.NoticeKind;
import vn.danvan.shared.PdfFonts;

/**
 * Writes a written notice as a PDF in the layout of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục
 * I): the issuing body top left with the number, the national name and motto top right with place and date, the
 * title, the addressee, the legal basis, the content, then the recipients' list and the signature block. The words
 * of each kind live in its text template {@code notices/<kind>.txt} (Thymeleaf, text mode): header lines
 * {@code key: value} ({@code form}, {@code symbol}, {@code title}, {@code subject}, {@code to}, {@code basis},
 * {@code signer}, {@code copy}; the last four may repeat), a line {@code ---}, then the paragraphs of the content
 * separated by blank lines.
 */
@Component
public class NoticeDocuments {

    /** The notice's text, as its template gave it. */
    public record Text(
            @Nullable String form,
            String symbol,
            String title,
            @Nullable String subject,
            List<String> to,
            List<String> basis,
            List<String> paragraphs,
            String signer,
            List<String> copies) {}

    /** Who issues it, where and when, under which number. */
    public record Letterhead(
            @Nullable String superiorName, String bodyName, String number, String place, LocalDate date) {}

    private final SpringTemplateEngine templates;

    NoticeDocuments() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("notices/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new SpringTemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    public Text text(NoticeKind kind, Map<String, Object> model) {
        return parse(templates.process(kind.template(), new Context(Locale.forLanguageTag("vi"), model)));
    }

    static Text parse(String rendered) {
        String form = null;
        String symbol = "TB";
        String title = "THÔNG BÁO";
        String subject = null;
        String signer = "THỦ TRƯỞNG CƠ QUAN";
        List<String> to = new ArrayList<>();
        List<String> basis = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        String[] lines = rendered.replace("\r", "").split("\n", -1);
        int i = 0;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String line = lines[i].strip();
            int colon = line.indexOf(':');
            if (line.isEmpty() || colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (line.substring(0, colon).strip()) {
                case "form" -> form = value;
                case "symbol" -> symbol = value;
                case "title" -> title = value;
                case "subject" -> subject = value;
                case "to" -> to.add(value);
                case "basis" -> basis.add(value);
                case "signer" -> signer = value;
                case "copy" -> copies.add(value);
                default -> throw new IllegalStateException("Unknown line in a notice template: " + line);
            }
        }
        StringBuilder paragraph = new StringBuilder();
        for (i++; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return new Text(form, symbol, title, subject, to, basis, paragraphs, signer, copies);
    }

    public byte[] pdf(Letterhead head, Text text, String footer) {
        var out = new ByteArrayOutputStream();
        // A4; margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (1 mm = 2.835 pt).
        var document = new Document(PageSize.A4, 85, 43, 57, 57);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.title() + (text.subject() == null ? "" : " " + text.subject()));
        document.addCreator("danvan");
        document.open();
        if (text.form() != null) {
            document.add(aligned(text.form(), PdfFonts.italic(9), Element.ALIGN_RIGHT));
        }
        document.add(letterhead(head, text.symbol()));

        Paragraph title = aligned(text.title(), PdfFonts.bold(14), Element.ALIGN_CENTER);
        title.setSpacingBefore(18);
        document.add(title);
        if (text.subject() != null) {
            document.add(aligned(text.subject(), PdfFonts.bold(13), Element.ALIGN_CENTER));
        }
        Paragraph rule = aligned("————————", PdfFonts.regular(9), Element.ALIGN_CENTER);
        rule.setSpacingAfter(10);
        document.add(rule);
        for (String addressee : text.to()) {
            document.add(aligned(addressee, PdfFonts.regular(13), Element.ALIGN_CENTER));
        }
        for (String basis : text.basis()) {
            document.add(body(basis, PdfFonts.italic(13)));
        }
        for (String paragraph : text.paragraphs()) {
            document.add(body(paragraph, PdfFonts.regular(13)));
        }
        document.add(signature(text));
        Paragraph foot = aligned(footer, PdfFonts.italic(8), Element.ALIGN_LEFT);
        foot.setSpacingBefore(36);
        document.add(foot);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable letterhead(Letterhead head, String symbol) {
        var table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        var left = cell();
        if (head.superiorName() != null) {
            left.addElement(aligned(head.superiorName().toUpperCase(VI), PdfFonts.regular(11), Element.ALIGN_CENTER));
        }
        left.addElement(aligned(head.bodyName().toUpperCase(VI), PdfFonts.bold(11), Element.ALIGN_CENTER));
        left.addElement(aligned("———", PdfFonts.regular(9), Element.ALIGN_CENTER));
        left.addElement(aligned("Số: " + head.number(), PdfFonts.regular(12), Element.ALIGN_CENTER));
        var right = cell();
        right.addElement(aligned("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PdfFonts.bold(11), Element.ALIGN_CENTER));
        right.addElement(aligned("Độc lập - Tự do - Hạnh phúc", PdfFonts.bold(12), Element.ALIGN_CENTER));
        right.addElement(aligned("———————", PdfFonts.regular(9), Element.ALIGN_CENTER));
        LocalDate d = head.date();
        String dated = (head.place().isBlank() ? "" : head.place() + ", ")
                + "ngày %02d tháng %02d năm %d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        right.addElement(aligned(dated, PdfFonts.italic(12), Element.ALIGN_CENTER));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable signature(Text text) {
        var table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        var left = cell();
        left.addElement(new Paragraph("Nơi nhận:", PdfFonts.bold(11)));
        for (String copy : text.copies()) {
            left.addElement(new Paragraph("- " + copy, PdfFonts.regular(10)));
        }
        var right = cell();
        right.addElement(aligned(text.signer(), PdfFonts.bold(12), Element.ALIGN_CENTER));
        right.addElement(aligned("(Ký, ghi rõ họ tên và đóng dấu)", PdfFonts.italic(11), Element.ALIGN_CENTER));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPCell cell() {
        var cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }

    private static Paragraph aligned(String text, Font font, int alignment) {
        var paragraph = new Paragraph(new Phrase(new Chunk(text, font)));
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static Paragraph body(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(28);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
}
