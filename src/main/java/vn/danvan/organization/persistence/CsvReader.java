package vn.danvan.organization.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danvan.shared.DomainException;

/**
 * Reads CSV as RFC 4180 describes it, with Apache Commons CSV: fields separated by commas, optionally
 * enclosed in double quotes, a quote inside a quoted field written twice, commas and line breaks allowed
 * inside quotes, LF or CRLF between records. Blank lines are skipped; a leading byte-order mark is
 * ignored. Each record remembers the line of the file it starts on, so errors can name it.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One record: the line (1-based) where it starts and its fields, unquoted. */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvReader() {}

    public static List<Row> read(String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        Lines lines = new Lines(body);
        List<Row> rows = new ArrayList<>();
        int nextLine = 1;
        try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String line = String.valueOf(lines.firstFilledFrom(nextLine));
                    throw String.valueOf(e.getMessage()).contains("EOF")
                            ? DomainException.invalid("organization.import.csv-unterminated-quote", line)
                            : DomainException.invalid("organization.import.csv-bad-quote", line);
                }
                int line = lines.firstFilledFrom(lines.lineAt(record.getCharacterPosition()));
                List<String> fields = record.toList();
                for (String field : fields) {
                    if (field.indexOf('"') >= 0 && !lines.text(line).contains(quoted(field))) {
                        throw DomainException.invalid("organization.import.csv-bad-quote", String.valueOf(line));
                    }
                }
                rows.add(new Row(line, fields));
                nextLine = line + 1 + fields.stream().mapToInt(Lines::breaks).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A field as it is written when quoted: in quotes, each quote inside doubled. */
    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Where each line of the text starts, a line ending in LF, CRLF or CR. */
    private static final class Lines {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\r' || c == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        static int breaks(String field) {
            return new Lines(field).starts.size() - 1;
        }

        /** The line (1-based) holding the character at this position. */
        int lineAt(long position) {
            int line = 1;
            while (line < starts.size() && starts.get(line) <= position) {
                line++;
            }
            return line;
        }

        /** The first line from this one on that is not empty: where a record starts once blank lines are skipped. */
        int firstFilledFrom(int line) {
            int current = line;
            while (current < starts.size() && end(current) == starts.get(current - 1)) {
                current++;
            }
            return current;
        }

        /** The text from the start of this line to the end. */
        String text(int line) {
            return text.substring(Math.min(starts.get(Math.min(line, starts.size()) - 1), text.length()));
        }

        private int end(int line) {
            int end = line < starts.size() ? starts.get(line) : text.length();
            while (end > starts.get(line - 1) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            return end;
        }
    }
}
