package vn.danvan.democracy.domain;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.danvan.democracy.CommentVerdict;
import vn.danvan.shared.PdfFonts;

/**
 * The synthesis of a consultation as a PDF: báo cáo tổng hợp, tiếp thu, giải trình ý kiến Nhân dân (Luật THDCCS 2022
 * Đ.29) — the draft, the period, the figures, then each group of comments with the answer given. It quotes no
 * citizen's name: comments are counted and grouped, organisations named.
 */
public final class ConsultationSynthesisPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A group with the comments in it, as the report shows them. */
    public record GroupLines(CommentGroup group, List<String> comments) {}

    private ConsultationSynthesisPdf() {}

    public static byte[] render(
            String bodyName,
            Consultation consultation,
            ConsultationFigures figures,
            List<GroupLines> groups,
            @Nullable String note,
            LocalDate issuedOn) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle("Báo cáo tổng hợp, tiếp thu, giải trình ý kiến Nhân dân");
        document.open();
        centred(document, bodyName.toUpperCase(java.util.Locale.forLanguageTag("vi")), PdfFonts.bold(12));
        centred(document, "BÁO CÁO", PdfFonts.bold(14));
        centred(document, "Tổng hợp, tiếp thu, giải trình ý kiến Nhân dân", PdfFonts.bold(13));
        centred(document, "về " + consultation.title(), PdfFonts.italic(12));
        centred(document, "(Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25–29)", PdfFonts.italic(10));
        document.add(new Paragraph(" "));
        if (consultation.opensOn() != null && consultation.closesOn() != null) {
            paragraph(
                    document,
                    "Thời gian lấy ý kiến: từ ngày " + DATE.format(consultation.opensOn()) + " đến ngày "
                            + DATE.format(consultation.closesOn()) + ".");
        }
        if (note != null && !note.isBlank()) {
            paragraph(document, note);
        }
        heading(document, "I. Số lượng ý kiến");
        PdfPTable table = new PdfPTable(new float[] {5, 1.3f});
        table.setWidthPercentage(100);
        for (Map.Entry<String, Integer> row : List.of(
                Map.entry("Tổng số ý kiến nhận được", figures.received()),
                Map.entry("Qua Cổng thông tin điện tử", figures.portal()),
                Map.entry("Tại hội nghị, cuộc họp", figures.meeting()),
                Map.entry("Bằng văn bản, hộp thư góp ý", figures.written()),
                Map.entry("Trong đó: ý kiến của cơ quan, tổ chức", figures.organisations()),
                Map.entry("Ý kiến bị ẩn do vi phạm nội quy", figures.hidden()),
                Map.entry("Số nhóm ý kiến", figures.groups()),
                Map.entry("Nhóm ý kiến được tiếp thu", figures.acceptedGroups()),
                Map.entry("Nhóm ý kiến được giải trình", figures.explainedGroups()),
                Map.entry("Số ý kiến được tiếp thu", figures.acceptedComments()),
                Map.entry("Số ý kiến được giải trình", figures.explainedComments()))) {
            table.addCell(cell(row.getKey(), Element.ALIGN_LEFT));
            table.addCell(cell(Integer.toString(row.getValue()), Element.ALIGN_RIGHT));
        }
        document.add(table);
        heading(document, "II. Tiếp thu, giải trình");
        int n = 1;
        for (GroupLines lines : groups) {
            CommentGroup group = lines.group();
            Paragraph title = new Paragraph(n++ + ". " + group.title(), PdfFonts.bold(12));
            title.setSpacingBefore(6);
            document.add(title);
            for (String comment : lines.comments()) {
                Paragraph line = new Paragraph("– " + comment, PdfFonts.regular(11));
                line.setIndentationLeft(14);
                document.add(line);
            }
            String verdict = group.verdict() == CommentVerdict.ACCEPTED ? "Tiếp thu: " : "Giải trình: ";
            Paragraph answer =
                    new Paragraph(verdict + (group.answer() == null ? "" : group.answer()), PdfFonts.italic(11));
            answer.setIndentationLeft(14);
            document.add(answer);
        }
        document.add(new Paragraph(" "));
        Paragraph date = new Paragraph("Ngày " + DATE.format(issuedOn), PdfFonts.italic(11));
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    private static void centred(Document document, String text, org.openpdf.text.Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        document.add(paragraph);
    }

    private static void heading(Document document, String text) {
        Paragraph paragraph = new Paragraph(text, PdfFonts.bold(12));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static void paragraph(Document document, String text) {
        Paragraph paragraph = new Paragraph(text, PdfFonts.regular(12));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        document.add(paragraph);
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.regular(11)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }
}
