package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfFontsTests {

    @Test
    void aPdfWrittenWithTheSharedFontsKeepsEveryVietnameseDiacritic() throws Exception {
        String line = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc; ữ ỵ ặ ở";
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(line, PdfFonts.regular(12)));
        document.add(new Paragraph(line, PdfFonts.bold(12)));
        document.add(new Paragraph(line, PdfFonts.italic(12)));
        document.close();

        var reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);

        assertThat(text).contains("Độc lập - Tự do - Hạnh phúc").contains("ữ ỵ ặ ở");
    }
}
