package vn.danvan.democracy.domain;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danvan.democracy.HamletKind;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.VietnameseText;

/**
 * A household register as a CSV file (RFC 4180, UTF-8, one household a line, no line break inside a field):
 * {@code thon,loai,ma_ho,chu_ho,nguoi_dai_dien,dia_chi,so_nhan_khau}. The whole file is read and checked before
 * anything is written; the first malformed line refuses it, named by its number and the reason.
 */
public final class HouseholdFile {

    public static final List<String> HEADER =
            List.of("thon", "loai", "ma_ho", "chu_ho", "nguoi_dai_dien", "dia_chi", "so_nhan_khau");

    /** A household as the file gives it, with the line it came from. */
    public record Line(
            int number,
            String hamlet,
            HamletKind kind,
            String code,
            String headName,
            String representativeName,
            @Nullable String address,
            int members) {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private HouseholdFile() {}

    public static List<Line> read(String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        List<Line> households = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(lines[i], number);
            if (!header) {
                if (!fields.stream()
                        .map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .toList()
                        .equals(HEADER)) {
                    throw refused(number, "democracy.household.header");
                }
                header = true;
                continue;
            }
            Line line = line(fields, number);
            if (!seen.add(line.hamlet() + "\u0000" + line.code())) {
                throw refused(number, "democracy.household.duplicate");
            }
            households.add(line);
        }
        if (households.isEmpty()) {
            throw DomainException.invalid("democracy.household.file-empty");
        }
        return households;
    }

    private static List<String> fields(String line, int number) {
        try (CSVParser parser = FORMAT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw refused(number, "democracy.household.unreadable");
            }
            return records.getFirst().toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refused(number, "democracy.household.unreadable");
        }
    }

    private static Line line(List<String> fields, int number) {
        if (fields.size() != HEADER.size()) {
            throw refused(number, "democracy.household.field-count");
        }
        String hamlet = required(fields.get(0), number, "democracy.household.hamlet-required");
        HamletKind kind = kind(fields.get(1), number);
        String code = required(fields.get(2), number, "democracy.household.code-required");
        String head = required(fields.get(3), number, "democracy.household.head-required");
        String representative = required(fields.get(4), number, "democracy.household.representative-required");
        String address = InputText.blankToNull(fields.get(5));
        int members;
        try {
            members = Integer.parseInt(fields.get(6).strip());
        } catch (NumberFormatException e) {
            throw refused(number, "democracy.household.members-invalid");
        }
        if (members < 1 || members > 200) {
            throw refused(number, "democracy.household.members-invalid");
        }
        for (String field : fields) {
            if (InputText.fault(field, InputText.LINE) != null) {
                throw refused(number, "democracy.household.text-invalid");
            }
        }
        return new Line(
                number,
                VietnameseText.canonical(hamlet),
                kind,
                code,
                VietnameseText.canonical(head),
                VietnameseText.canonical(representative),
                address == null ? null : VietnameseText.canonical(address.strip()),
                members);
    }

    private static HamletKind kind(String value, int number) {
        String folded = VietnameseText.fold(value.strip());
        return switch (folded) {
            case "thon", "lang", "ap", "ban", "buon", "hamlet" -> HamletKind.HAMLET;
            case "to dan pho", "khu pho", "residential group", "residential_group" -> HamletKind.RESIDENTIAL_GROUP;
            default -> throw refused(number, "democracy.household.kind-invalid");
        };
    }

    private static String required(String value, int number, String code) {
        if (InputText.isBlank(value)) {
            throw refused(number, code);
        }
        return value.strip();
    }

    private static DomainException refused(int line, String reason) {
        return DomainException.invalid(
                "democracy.household.line-malformed", line, new DefaultMessageSourceResolvable(reason));
    }
}
