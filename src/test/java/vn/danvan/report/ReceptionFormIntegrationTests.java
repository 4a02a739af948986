package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.report.ResolutionFormsIntegrationTests.assertRow;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.report.domain.OfficialForm;
import vn.danvan.report.web.OfficialForms;
import vn.danvan.report.web.OfficialLayout;

/** Biểu 01/TCD in its official layout, over the visits of November logged by {@link ReceptionReportIntegrationTests}. */
@DanvanIntegrationTest
class ReceptionFormIntegrationTests extends ReceptionReportIntegrationTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    OfficialForms forms;

    @Autowired
    OfficialLayout layout;

    OfficialForm form(boolean subordinates) {
        return forms.build(
                OfficialForms.Kind.F01,
                setting.province().id(),
                FROM,
                TO,
                subordinates,
                null,
                setting.provinceHead(),
                VI);
    }

    @Test
    void everyCellOfBieu01CountsTheVisitsOfTheBodyAndOfEachSubordinate() {
        OfficialForm form = form(true);

        assertThat(form.code()).isEqualTo("Biểu số 01/TCD");
        assertThat(form.columns()).hasSize(30);
        assertThat(form.columns().getFirst().group()).isEqualTo("Tiếp thường xuyên");
        assertThat(form.columns().get(8).group()).isEqualTo("Tiếp định kỳ và đột xuất của Thủ trưởng");
        assertThat(form.columns().get(16).label()).isEqualTo("Đất đai");
        assertThat(form.columns().get(24).label()).isEqualTo("Tham nhũng");
        //  regular: visits people old new delegations people old new; head-led: the same;
        //  content: complaints land housing policy other justice party; denunciations administrative justice
        //  corruption party; feedback and recommendations; results: answered, petitions made, refused
        assertRow(
                form, "1", 5, 13, 2, 3, 1, 7, 0, 1, 2, 13, 1, 1, 1, 12, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 3, 5, 2, 1);
        assertRow(
                form, "1.1", 4, 12, 2, 2, 1, 7, 0, 1, 2, 13, 1, 1, 1, 12, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 4, 2,
                1);
        assertRow(
                form, "1.2", 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0);
        assertThat(form.rows().get(2).label()).isEqualTo(setting.commune().name());
    }

    @Test
    void theOfficialWorkbookAndPdfOfBieu01CarryItsHeadingAndFigures() throws Exception {
        OfficialForm form = form(false);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(layout.xlsx(form, VI)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo("(Số liệu tính từ ngày 01/11/2026 đến ngày 20/11/2026)");
            assertThat(sheet.getRow(10).getCell(31).getStringCellValue()).isEqualTo("30");
            assertThat(sheet.getRow(11).getCell(1).getStringCellValue())
                    .isEqualTo(setting.province().name());
            assertThat(sheet.getRow(11).getCell(3).getNumericCellValue()).isEqualTo(12); // people, regular
            assertThat(sheet.getRow(11).getCell(31).getNumericCellValue()).isEqualTo(1); // refused
        }
        String text = new PdfTextExtractor(new PdfReader(layout.pdf(form, VI))).getTextFromPage(1);
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Biểu số 01/TCD")
                .contains("Số liệu tính từ ngày 01/11/2026 đến ngày 20/11/2026")
                .contains("Tiếp thường xuyên");
    }
}
