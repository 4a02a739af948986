package vn.danvan.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts every generated PDF uses: Noto Serif, shipped in {@code fonts/} with its licence, embedded so that
 * Vietnamese diacritics print on any reader (the PDF standard fonts have none). Serif, like the Times New Roman of
 * official documents (Nghị định 30/2020/NĐ-CP, thể thức văn bản).
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("fonts/NotoSerif-Regular.ttf");
    private static final BaseFont BOLD = load("fonts/NotoSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("fonts/NotoSerif-Italic.ttf");

    private PdfFonts() {}

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    private static BaseFont load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot load the PDF font " + path, e));
        }
    }
}
