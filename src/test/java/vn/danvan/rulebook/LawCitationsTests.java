package vn.danvan.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the law summary in the code — {@code docs/law/rules.md A1 row 6}, {@code docs/law/rules.md C4(a)}
 * — names a section (a heading of Part A or B, an item of Part C) or a row of a section's table that exists in the
 * file, so that a reader following it lands on the rule.
 */
class LawCitationsTests {

    static final Path RULES = Path.of("docs/law/rules.md");
    static final Pattern CITATION = Pattern.compile(
            "docs/law/rules\\.md(?:\\s+|\\s*§\\s*)([ABC]\\d+[a-z]?)(?:\\s*\\([a-z]\\))?(?:,?\\s+rows?\\s+(\\d+[a-z]?))?");

    record Citation(Path file, String section, String row) {}

    static List<Citation> citations() throws IOException {
        List<Citation> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|sql|html|properties)$"))
                    .toList()) {
                Matcher matcher = CITATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(new Citation(file, matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2)));
                }
            }
        }
        return found;
    }

    /** The lines of a section: from its heading (or Part C item) to the next heading of the same level. */
    static List<String> section(List<String> lines, String section) {
        List<String> body = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("### ") || line.startsWith("## ") || line.startsWith("- **C")) {
                inside = line.startsWith("### " + section + ".") || line.startsWith("- **" + section + " ");
                if (inside) {
                    body.add(line);
                }
                continue;
            }
            if (inside) {
                body.add(line);
            }
        }
        return body;
    }

    @Test
    void everyCitationOfTheLawSummaryInTheCodeNamesASectionOrRowThatExists() throws IOException {
        List<String> lines = Files.readAllLines(RULES, StandardCharsets.UTF_8);
        List<Citation> citations = citations();
        assertThat(citations).as("the code cites the summary").hasSizeGreaterThan(10);
        assertThat(citations).allSatisfy(citation -> {
            List<String> body = section(lines, citation.section());
            assertThat(body)
                    .as("%s cites section %s", citation.file(), citation.section())
                    .isNotEmpty();
            if (!citation.row().isEmpty()) {
                Pattern row = Pattern.compile("^\\|\\s*" + Pattern.quote(citation.row()) + "\\s*\\|.*");
                assertThat(body)
                        .as("%s cites row %s of %s", citation.file(), citation.row(), citation.section())
                        .anyMatch(line -> row.matcher(line).matches());
            }
        });
    }

    @Test
    void aCitationOfASectionOrRowThatDoesNotExistIsCaught() {
        try {
            List<String> lines = Files.readAllLines(RULES, StandardCharsets.UTF_8);
            assertThat(section(lines, "A1")).anyMatch(line -> line.startsWith("| 6 |"));
            assertThat(section(lines, "A9")).isEmpty();
            assertThat(section(lines, "C4")).isNotEmpty();
            assertThat(section(lines, "B9"))
                    .as("B9 was not moved into the repository")
                    .isEmpty();
            assertThat(section(lines, "A2")).noneMatch(line -> line.startsWith("| 6 |"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSummarySaysWhatItIsAndThatItIsNotLegalAdvice() throws IOException {
        String text = Files.readString(RULES, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("not legal advice", "Sources:", "## PART A", "### B1.", "### B2.", "### B6.", "## PART C");
    }
}
