package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import vn.danvan.petition.NoticeAddressee;
import vn.danvan.petition.NoticeKind;
import vn.danvan.petition.PetitionType;

class NoticeDocumentsTests {

    private final NoticeDocuments documents = new NoticeDocuments();

    @Test
    void everyKindOfNoticeRendersForEveryTypeAndAddresseeInTheLayoutOfAnAdministrativeDocument() throws Exception {
        for (NoticeKind kind : NoticeKind.values()) {
            for (PetitionType type : PetitionType.values()) {
                for (NoticeAddressee to : NoticeAddressee.values()) {
                    var text = documents.text(kind, model(type, to));
                    assertThat(text.paragraphs()).as("%s %s %s", kind, type, to).isNotEmpty();
                    assertThat(String.join(" ", text.paragraphs()))
                            .as("no template markup left in %s %s %s", kind, type, to)
                            .doesNotContain("[#", "[/]", "${");
                    String pdf = textOf(documents.pdf(
                            new NoticeDocuments.Letterhead(
                                    "UBND thành phố Huế",
                                    "UBND phường Thuận Hoá",
                                    "7/TB-UBP",
                                    "Huế",
                                    LocalDate.of(2026, 12, 3)),
                            text,
                            "Mã hồ sơ 2026-AAAA"));
                    assertThat(pdf)
                            .as("%s %s %s", kind, type, to)
                            .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                            .contains("Độc lập - Tự do - Hạnh phúc")
                            .contains("Số: 7/TB-UBP")
                            .contains("Huế, ngày 03 tháng 12 năm 2026")
                            .contains("Nơi nhận");
                }
            }
        }
    }

    @Test
    void anAcceptanceOfAComplaintCitesTheLawAndNamesTheComplainantWhileTheAccusedCopyOfADenunciationDoesNot()
            throws Exception {
        var complaint =
                documents.text(NoticeKind.ACCEPTANCE, model(PetitionType.COMPLAINT, NoticeAddressee.PETITIONER));
        assertThat(complaint.subject()).isEqualTo("Về việc thụ lý giải quyết khiếu nại");
        assertThat(complaint.form()).contains("Mẫu số 03").contains("[K]");
        assertThat(complaint.to()).containsExactly("Kính gửi: Ông/Bà Nguyễn Văn An", "Địa chỉ: Kiệt 3 Thuận Hoá");
        assertThat(complaint.basis()).anyMatch(line -> line.startsWith("Căn cứ Luật Khiếu nại"));
        assertThat(String.join(" ", complaint.paragraphs())).contains("đến ngày 15/01/2027", "2026-AAAA");

        Map<String, Object> accused = model(PetitionType.DENUNCIATION, NoticeAddressee.ACCUSED);
        accused.remove("petitioner");
        accused.remove("address");
        var toAccused = documents.text(NoticeKind.ACCEPTANCE, accused);
        assertThat(toAccused.to()).containsExactly("Kính gửi: Người bị tố cáo");
        assertThat(toAccused.basis()).anyMatch(line -> line.startsWith("Căn cứ Luật Tố cáo"));
        assertThat(String.join(" ", toAccused.paragraphs()))
                .contains("Lấn chiếm đất công")
                .contains("không chứa thông tin về người tố cáo")
                .doesNotContain("Nguyễn Văn An");
    }

    @Test
    void aRefusalGivesItsReasonAndTheTransferSlipIsFormThreeOfTheCircular() {
        Map<String, Object> model = model(PetitionType.COMPLAINT, NoticeAddressee.PETITIONER);
        model.put("groundLabel", "Hết thời hiệu khiếu nại");
        var refusal = documents.text(NoticeKind.REFUSAL, model);
        assertThat(String.join(" ", refusal.paragraphs()))
                .contains("Hết thời hiệu khiếu nại")
                .contains("Điều 11 và Điều 27 Luật Khiếu nại");
        var slip = documents.text(
                NoticeKind.TRANSFER_SLIP, model(PetitionType.DENUNCIATION, NoticeAddressee.RECEIVING_BODY));
        assertThat(slip.form()).isEqualTo("Mẫu số 03 — Thông tư 05/2021/TT-TTCP");
        assertThat(slip.title()).isEqualTo("PHIẾU CHUYỂN ĐƠN");
        assertThat(slip.symbol()).isEqualTo("PCĐ");
        assertThat(slip.to()).containsExactly("Kính gửi: Thanh tra tỉnh");
        assertThat(String.join(" ", slip.paragraphs())).contains("Đề nghị giữ bí mật");
    }

    private static Map<String, Object> model(PetitionType type, NoticeAddressee to) {
        Map<String, Object> model = new HashMap<>();
        model.put("addressee", to.name());
        model.put("type", type.name());
        model.put("typeLabel", type.name().toLowerCase());
        model.put("instance", "FIRST");
        model.put("code", "2026-AAAA");
        model.put("caseTitle", "Lấn chiếm đất công");
        model.put("body", "UBND phường Thuận Hoá");
        model.put("on", "03/12/2026");
        model.put("receivedOn", "01/12/2026");
        model.put("decidedOn", "02/12/2026");
        model.put("due", "15/01/2027");
        model.put("complex", false);
        model.put("remote", false);
        model.put("group", false);
        model.put("target", "Thanh tra tỉnh");
        model.put("source", "Đoàn ĐBQH tỉnh");
        model.put("ground", "");
        model.put("groundLabel", "");
        model.put("outcome", "RIGHT");
        model.put("outcomeLabel", "Đúng");
        model.put("note", "Ghi chú");
        model.put("reason", "Cần xác minh thêm");
        model.put("transferNote", "");
        model.put("petitioner", "Nguyễn Văn An");
        model.put("address", "Kiệt 3 Thuận Hoá");
        return model;
    }

    private static String textOf(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
