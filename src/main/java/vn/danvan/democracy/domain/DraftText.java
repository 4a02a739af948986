package vn.danvan.democracy.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.shared.DomainException;

/**
 * A draft's text cut into sections at its headings: a line that starts with "Điều", "Mục", "Chương" or "Phần" and a
 * number (Arabic or Roman), as the thể thức of Nghị định 30/2020/NĐ-CP numbers them. Text before the first heading is
 * a preamble of its own. A Word file (.docx) is read paragraph by paragraph first.
 */
public final class DraftText {

    private static final Pattern HEADING =
            Pattern.compile("^\\s*(Điều|Mục|Chương|Phần|ĐIỀU|MỤC|CHƯƠNG|PHẦN)\\s+([0-9]+|[IVXLC]+)\\b.*$");

    /** The most sections a draft is cut into: a longer text is refused rather than silently cut. */
    public static final int MOST_SECTIONS = 300;

    private DraftText() {}

    public static List<DraftSection> sections(String text) {
        List<DraftSection> sections = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (HEADING.matcher(line).matches()) {
                add(sections, heading, body);
                heading = line.strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(sections, heading, body);
        if (sections.size() > MOST_SECTIONS) {
            throw DomainException.invalid("consultation.too-many-sections", MOST_SECTIONS);
        }
        return sections;
    }

    /** The sections of a Word (.docx) file; any other file is refused. */
    public static List<DraftSection> sectionsOfDocx(InputStream docx) {
        StringBuilder text = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(docx)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                text.append(paragraph.getText()).append('\n');
            }
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.invalid("consultation.docx-unreadable");
        }
        return sections(text.toString());
    }

    private static void add(
            List<DraftSection> sections, @org.jspecify.annotations.Nullable String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (heading == null && text.isEmpty()) {
            return;
        }
        String title = heading == null ? "Phần mở đầu" : heading;
        if (title.length() > 500) {
            title = title.substring(0, 500);
        }
        sections.add(new DraftSection(title, text));
    }
}
