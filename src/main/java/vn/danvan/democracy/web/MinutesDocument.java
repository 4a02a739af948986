package vn.danvan.democracy.web;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.CommunityDecisions;
import vn.danvan.democracy.domain.Matter;
import vn.danvan.democracy.persistence.Matters;
import vn.danvan.shared.PdfFonts;
import vn.danvan.shared.VietnamTime;

/**
 * The minutes of a result (biên bản, Mẫu 03 of NĐ 59/2023; docs/law/rules.md A6): the households in total, those who
 * took part and those absent, the form, the result with the legal threshold, and the places for the signatures of
 * the hamlet head, the head of the Front's work committee and two household representatives.
 */
@Component
class MinutesDocument {

    static final String PDF = "application/pdf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm, 'ngày' dd/MM/yyyy");

    private final MessageSource messages;

    MinutesDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(CommunityDecisions.Minutes minutes) {
        Matter matter = minutes.matter();
        Locale vi = Locale.forLanguageTag("vi");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle("Biên bản kết quả — " + matter.title());
        document.open();
        document.add(centered("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", PdfFonts.bold(12)));
        document.add(centered("Độc lập – Tự do – Hạnh phúc", PdfFonts.bold(12)));
        document.add(centered("Mẫu 03 — Nghị định 59/2023/NĐ-CP", PdfFonts.italic(9)));
        document.add(new Paragraph(" "));
        document.add(centered("BIÊN BẢN", PdfFonts.bold(14)));
        document.add(centered(
                "Kết quả "
                        + messages.getMessage("matter.form." + matter.form().name(), null, vi)
                                .toLowerCase(vi) + " về: " + matter.title(),
                PdfFonts.bold(12)));
        document.add(new Paragraph(" "));
        String scope = matter.hamletName() != null
                ? matter.hamletName() + ", " + minutes.communeName()
                : "Các thôn, tổ dân phố của " + minutes.communeName();
        line(document, "Cộng đồng dân cư: " + scope);
        line(
                document,
                "Nội dung (Luật Thực hiện dân chủ ở cơ sở Đ.15 khoản "
                        + matter.category().clause() + "): "
                        + messages.getMessage(
                                "matter.category." + matter.category().name(), null, vi));
        line(document, "Vấn đề đưa ra quyết định: " + matter.question());
        line(
                document,
                "Hình thức: "
                        + messages.getMessage("matter.form." + matter.form().name(), null, vi)
                        + (matter.secret() ? " (bỏ phiếu kín)" : ""));
        line(
                document,
                "Kết thúc lúc: "
                        + WHEN.format(Objects.requireNonNull(matter.decidedAt()).atZone(VietnamTime.ZONE)));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 1.6f});
        table.setWidthPercentage(100);
        for (String heading : new String[] {
            "Thôn, tổ dân phố", "Tổng số hộ", "Hộ tham gia", "Hộ vắng", "Đồng ý", "Không đồng ý", "Kết quả"
        }) {
            table.addCell(cell(heading, true));
        }
        for (Matters.HamletResult hamlet : minutes.hamlets()) {
            table.addCell(cell(hamlet.hamletName(), false));
            table.addCell(cell(Integer.toString(hamlet.households()), false));
            table.addCell(cell(Integer.toString(hamlet.takingPart()), false));
            table.addCell(cell(Integer.toString(hamlet.households() - hamlet.takingPart()), false));
            table.addCell(cell(Integer.toString(hamlet.agree()), false));
            table.addCell(cell(Integer.toString(hamlet.disagree()), false));
            table.addCell(cell(hamlet.passed() ? "Đạt" : "Không đạt", false));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        line(document, "Tổng số hộ gia đình: " + matter.householdsTotal());
        line(document, "Số hộ tham gia: " + matter.takingPart() + "; số hộ vắng (không tham gia): " + matter.absent());
        line(document, "Số hộ đồng ý: " + matter.agree() + "; không đồng ý: " + matter.disagree());
        line(
                document,
                "Ngưỡng thông qua: "
                        + messages.getMessage(
                                "matter.threshold."
                                        + matter.category().threshold().name(),
                                null,
                                vi)
                        + (matter.hamletId() == null && matter.category() != vn.danvan.democracy.MatterCategory.K6
                                ? "; phạm vi cả xã: từ 2/3 số thôn, tổ dân phố (" + matter.hamletsPassed() + "/"
                                        + matter.hamletsTotal() + " đạt)"
                                : ""));
        Paragraph result = new Paragraph(
                "Kết quả: " + (Boolean.TRUE.equals(matter.passed()) ? "THÔNG QUA" : "KHÔNG THÔNG QUA"),
                PdfFonts.bold(12));
        result.setSpacingBefore(6);
        document.add(result);
        if (!minutes.meetings().isEmpty()) {
            line(
                    document,
                    "Tổ kiểm phiếu: "
                            + String.join(
                                    "; ",
                                    minutes.meetings().stream()
                                            .map(m -> m.cluster() + ": " + m.team())
                                            .toList()));
        }
        document.add(new Paragraph(" "));
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        for (String who : new String[] {
            "TRƯỞNG THÔN / TỔ TRƯỞNG TỔ DÂN PHỐ", "TRƯỞNG BAN CÔNG TÁC MẶT TRẬN",
            "ĐẠI DIỆN HỘ GIA ĐÌNH", "ĐẠI DIỆN HỘ GIA ĐÌNH"
        }) {
            PdfPCell cell = new PdfPCell(new Phrase(who + "\n(Ký, ghi rõ họ tên)\n\n\n\n", PdfFonts.bold(10)));
            cell.setBorder(0);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            signatures.addCell(cell);
        }
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, org.openpdf.text.Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static void line(Document document, String text) {
        Paragraph paragraph = new Paragraph(text, PdfFonts.regular(11));
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    private static PdfPCell cell(String text, boolean heading) {
        PdfPCell cell = new PdfPCell(new Phrase(text, heading ? PdfFonts.bold(9) : PdfFonts.regular(10)));
        cell.setPadding(4);
        return cell;
    }
}
