package vn.danvan.programme.domain;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulDates;
import vn.danvan.shared.VietnameseText;

/**
 * A bank statement read whole before anything is written: every credit line (money in) with its bank reference,
 * date, amount and description; debit lines (money out) are counted and left aside. A line that cannot be read —
 * a bad date or amount, no reference, both or neither of credit and debit, a reference repeated with other figures
 * — refuses the whole file, naming the line ({@code campaign.statement-line}). The same line twice (a statement
 * saved over a page break) is kept once and counted as a duplicate.
 */
public final class BankStatementFile {

    /** One credit line, numbered as the file's lines are (the header is one of them). */
    public record Entry(long line, String reference, LocalDate bookedOn, BigDecimal amount, String description) {}

    public record Read(List<Entry> credits, int debits, int duplicates) {}

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_LINES = 50_000;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private BankStatementFile() {}

    public static Read read(BankStatementFormat format, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("campaign.statement-too-large");
        }
        String text = decode(content);
        if (InputText.fault(text, MAX_BYTES) != null) {
            throw DomainException.invalid("campaign.statement-unreadable");
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int headerIndex = -1;
        char delimiter = ',';
        for (int i = 0; i < Math.min(lines.length, 40) && headerIndex < 0; i++) {
            for (char candidate : new char[] {',', ';', '\t'}) {
                List<String> cells = cells(lines[i], candidate, i + 1);
                if (column(cells, format.date()) >= 0 && column(cells, format.credit()) >= 0) {
                    headerIndex = i;
                    delimiter = candidate;
                    break;
                }
            }
        }
        if (headerIndex < 0) {
            throw DomainException.invalid("campaign.statement-no-header", format.label());
        }
        List<String> header = cells(lines[headerIndex], delimiter, headerIndex + 1);
        int date = column(header, format.date());
        int reference = column(header, format.reference());
        int credit = column(header, format.credit());
        int debit = column(header, format.debit());
        int description = column(header, format.description());
        if (reference < 0 || description < 0) {
            throw DomainException.invalid("campaign.statement-no-header", format.label());
        }
        if (lines.length - headerIndex > MAX_LINES) {
            throw DomainException.invalid("campaign.statement-too-large");
        }
        List<Entry> credits = new ArrayList<>();
        Map<String, Entry> byReference = new HashMap<>();
        int debits = 0;
        int duplicates = 0;
        for (int i = headerIndex + 1; i < lines.length; i++) {
            long number = i + 1L;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> row = cells(lines[i], delimiter, number);
            String first = row.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
            String folded = VietnameseText.fold(first);
            if (folded.startsWith("tong") || folded.startsWith("cong") || folded.startsWith("total")) {
                break;
            }
            String day = cell(row, date);
            String ref = cell(row, reference);
            if (ref.isBlank()) {
                throw line(number, "campaign.statement-line.no-reference");
            }
            BigDecimal in = amount(cell(row, credit), number);
            BigDecimal out = debit < 0 ? BigDecimal.ZERO : amount(cell(row, debit), number);
            if ((in.signum() > 0) == (out.signum() > 0)) {
                throw line(number, "campaign.statement-line.credit-or-debit");
            }
            LocalDate bookedOn = date(day, number);
            if (out.signum() > 0) {
                debits++;
                continue;
            }
            BigDecimal amount = in;
            String said = VietnameseText.canonical(cell(row, description));
            if (said.length() > InputText.LINE * 2 || ref.length() > 100) {
                throw line(number, "campaign.statement-line.too-long");
            }
            Entry entry = new Entry(number, ref.strip(), bookedOn, amount, said);
            Entry seen = byReference.get(entry.reference());
            if (seen != null) {
                if (seen.amount().compareTo(amount) != 0 || !seen.bookedOn().equals(bookedOn)) {
                    throw line(number, "campaign.statement-line.reference-repeated");
                }
                duplicates++;
                continue;
            }
            byReference.put(entry.reference(), entry);
            credits.add(entry);
        }
        return new Read(List.copyOf(credits), debits, duplicates);
    }

    /** A blank cell is zero; anything else must be an amount. */
    private static BigDecimal amount(String text, long number) {
        if (text.isBlank() || text.strip().equals("-")) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = ContributionAmounts.vnd(text);
        if (value == null) {
            throw line(number, "campaign.statement-line.amount");
        }
        return value;
    }

    private static LocalDate date(String text, long number) {
        String day = text.strip();
        int space = day.indexOf(' ');
        if (space > 0) {
            day = day.substring(0, space);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate parsed = LocalDate.parse(day, format);
                if (!LawfulDates.lawful(parsed)) {
                    throw line(number, "campaign.statement-line.date");
                }
                return parsed;
            } catch (DateTimeParseException notThisOne) {
                // the next layout
            }
        }
        throw line(number, "campaign.statement-line.date");
    }

    private static DomainException line(long number, String reason) {
        return DomainException.invalid(reason, number);
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw DomainException.invalid("campaign.statement-not-utf8");
        }
    }

    private static List<String> cells(String line, char delimiter, long number) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .get()
                    .parse(new StringReader(line))
                    .getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            return records.get(0).toList();
        } catch (IOException | RuntimeException unreadable) {
            throw line(number, "campaign.statement-line.csv");
        }
    }

    private static int column(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String name = VietnameseText.fold(header.get(i).replaceAll("\\(.*\\)", ""));
            if (names.contains(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() ? "" : Objects.requireNonNullElse(row.get(index), "");
    }
}
