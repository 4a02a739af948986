package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.shared.DomainException;

class DraftTextTests {

    @Test
    void aDraftIsCutAtItsArticleAndSectionHeadingsWithThePreambleOnItsOwn() {
        var sections = DraftText.sections("""
                QUY ĐỊNH
                về giờ họp chợ
                Chương I
                Điều 1. Phạm vi
                Quy định này áp dụng cho chợ phường.
                Điều 2. Giờ họp
                Từ 5 giờ.
                Điều khoản chung không phải tiêu đề
                Mục 3 Phí
                20.000 đồng.""");
        assertThat(sections)
                .extracting(DraftSection::heading)
                .containsExactly("Phần mở đầu", "Chương I", "Điều 1. Phạm vi", "Điều 2. Giờ họp", "Mục 3 Phí");
        assertThat(sections.get(0).body()).isEqualTo("QUY ĐỊNH\nvề giờ họp chợ");
        assertThat(sections.get(1).body()).isEmpty();
        assertThat(sections.get(3).body()).isEqualTo("Từ 5 giờ.\nĐiều khoản chung không phải tiêu đề");
    }

    @Test
    void aTextWithoutHeadingsIsOneSectionAndAnEmptyTextNone() {
        assertThat(DraftText.sections("Toàn văn không chia điều.")).hasSize(1);
        assertThat(DraftText.sections("  \n ")).isEmpty();
    }

    @Test
    void aWordFileIsReadParagraphByParagraph() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            for (String line : new String[] {"Điều 1. Giờ họp chợ", "Chợ họp từ 5 giờ.", "Điều 2. Phí", "Miễn phí."}) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        assertThat(DraftText.sectionsOfDocx(new ByteArrayInputStream(out.toByteArray())))
                .containsExactly(
                        new DraftSection("Điều 1. Giờ họp chợ", "Chợ họp từ 5 giờ."),
                        new DraftSection("Điều 2. Phí", "Miễn phí."));
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefusedClearly() {
        assertThatThrownBy(() -> DraftText.sectionsOfDocx(new ByteArrayInputStream("%PDF-1.7".getBytes())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.docx-unreadable"));
    }
}
