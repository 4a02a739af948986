package vn.danvan.organization;

import java.util.ArrayList;
import java.util.List;

import vn.danvan.shared.DomainException;

/**
 * Reads CSV as RFC 4180 describes it: fields separated by commas, optionally enclosed in double
 * quotes, a quote inside a quoted field written twice, commas and line breaks allowed inside quotes,
 * LF or CRLF between records. Blank lines are skipped; a leading byte-order mark is ignored. Each
 * record remembers the line of the file it starts on, so errors can name it.
 */
final class CsvReader {

    /** One record: the line (1-based) where it starts and its fields, unquoted. */
    record Row(int line, List<String> fields) {

        Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvReader() {
    }

    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean inQuotes = false;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
                afterClosingQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addRow(rows, rowStart, fields, quoted);
                fields = new ArrayList<>();
                field.setLength(0);
                quoted = false;
                afterClosingQuote = false;
                line++;
                rowStart = line;
            } else if (c == '"') {
                if (!field.isEmpty() || quoted) {
                    throw DomainException.invalid("organization.import.csv-bad-quote", String.valueOf(line));
                }
                inQuotes = true;
                quoted = true;
            } else {
                if (afterClosingQuote) {
                    throw DomainException.invalid("organization.import.csv-bad-quote", String.valueOf(line));
                }
                field.append(c);
            }
        }
        if (inQuotes) {
            throw DomainException.invalid("organization.import.csv-unterminated-quote", String.valueOf(rowStart));
        }
        if (!field.isEmpty() || !fields.isEmpty() || quoted) {
            fields.add(field.toString());
            addRow(rows, rowStart, fields, quoted);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields, boolean lastFieldQuoted) {
        boolean blank = fields.size() == 1 && fields.getFirst().isEmpty() && !lastFieldQuoted;
        if (!blank) {
            rows.add(new Row(line, fields));
        }
    }
}
