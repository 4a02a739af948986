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

/** Biểu 02/XLD in its official layout, over the cases of {@link PetitionHandlingReportIntegrationTests}. */
@DanvanIntegrationTest
class PetitionHandlingFormIntegrationTests extends PetitionHandlingReportIntegrationTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    OfficialForms forms;

    @Autowired
    OfficialLayout layout;

    @Test
    void everyCellOfBieu02IsTheLineOfTheFormInItsNumberedColumn() throws Exception {
        OfficialForm form = forms.build(
                OfficialForms.Kind.F02,
                setting.province().id(),
                OCTOBER_FIRST,
                OCTOBER_LAST,
                false,
                null,
                setting.provinceHead(),
                VI);

        assertThat(form.code()).isEqualTo("Biểu số 02/XLD");
        assertThat(form.columns()).hasSize(31);
        assertThat(form.columns().getFirst().group()).isEqualTo("Tổng số đơn");
        assertThat(form.columns().getFirst().label()).isEqualTo("Tổng số");
        assertThat(form.columns().get(1).label()).isEqualTo("Kỳ trước chuyển sang");
        assertThat(form.columns().get(9).label()).isEqualTo("Thuộc thẩm quyền (đã thụ lý): Khiếu nại");
        //  total carried received | processed late | awaiting overdue | eligible within complaints denunciations
        //  recommendations outside guided transferred | ineligible filed returned | complaints first second |
        //  resolved on-time late right partly wrong withdrawn answered | in-progress overdue
        assertRow(
                form, "1", 9, 2, 7, 7, 1, 2, 1, 6, 4, 2, 1, 1, 2, 1, 1, 1, 1, 0, 4, 3, 1, 2, 1, 1, 1, 0, 0, 0, 1, 2, 1);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(layout.xlsx(form, VI)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Biểu số 02/XLD");
            assertThat(sheet.getRow(8).getCell(2).getStringCellValue()).isEqualTo("Tổng số đơn");
            assertThat(sheet.getRow(10).getCell(32).getStringCellValue()).isEqualTo("31");
            assertThat(sheet.getRow(11).getCell(2).getNumericCellValue()).isEqualTo(9);
            assertThat(sheet.getRow(11).getCell(32).getNumericCellValue()).isEqualTo(1);
        }
        String text = new PdfTextExtractor(new PdfReader(layout.pdf(form, VI))).getTextFromPage(1);
        assertThat(text).contains("TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN").contains("Độc lập - Tự do - Hạnh phúc");
    }
}
