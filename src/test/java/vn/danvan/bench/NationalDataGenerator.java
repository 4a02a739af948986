package vn.danvan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.shared.VietnameseText;

/**
 * Fills a danvan database with a country's worth of petitions: every commune of the official list with
 * its People's Committee, each province's People's Committee, inspectorate and reception office; N
 * petitions over 20 years with land disputes dominating, every state, statutory deadlines from the working
 * calendar and overdue cases; reception visits with delegations. Reproducible from the seed; written with
 * COPY, the table's secondary indexes dropped during the load and built after it.
 */
public final class NationalDataGenerator {

    public record Plan(long petitions, long seed, Path unitsDirectory, int years) {}

    public record Result(long petitions, long visits, int communes, int bodies, long millis) {}

    static final String[] TYPES = {"COMPLAINT", "RECOMMENDATION", "FEEDBACK", "DENUNCIATION"};
    static final double[] TYPE_WEIGHTS = {0.45, 0.25, 0.20, 0.10};
    static final String[] FIELDS = {
        "LAND", "POLICY", "HOUSING", "ENVIRONMENT", "JUSTICE", "CORRUPTION", "PARTY", "OTHER"
    };
    static final double[] FIELD_WEIGHTS = {0.55, 0.12, 0.08, 0.08, 0.06, 0.04, 0.02, 0.05};
    static final String[][] TITLES = {
        {
            "Khiếu nại quyết định thu hồi đất",
            "Tranh chấp ranh giới thửa đất",
            "Đề nghị cấp giấy chứng nhận quyền sử dụng đất",
            "Khiếu nại mức bồi thường giải phóng mặt bằng",
            "Lấn chiếm đất công"
        },
        {"Đề nghị xem xét chế độ người có công", "Khiếu nại cắt trợ cấp xã hội", "Kiến nghị hỗ trợ hộ nghèo"},
        {"Tranh chấp nhà ở", "Xây dựng không phép ảnh hưởng nhà liền kề"},
        {"Ô nhiễm mùi từ cơ sở chăn nuôi", "Rác thải đổ trộm", "Nước thải chảy ra đường"},
        {"Khiếu nại bản án dân sự", "Đề nghị thi hành án"},
        {"Tố cáo cán bộ nhận tiền", "Tố cáo sai phạm trong đấu thầu"},
        {"Kiến nghị về sinh hoạt chi bộ"},
        {"Đèn đường hỏng", "Kiến nghị sửa chữa đường giao thông"}
    };
    static final String[] NAMES = {
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Huỳnh Thị Gấm",
        "Võ Văn Hải",
        "Đặng Thị Hoa",
        "Bùi Văn Khánh",
        "Đỗ Thị Lan"
    };
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AdministrativeUnitImport units;
    private final WorkingCalendar calendar;

    public NationalDataGenerator(DataSource dataSource, AdministrativeUnitImport units, WorkingCalendar calendar) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.units = units;
        this.calendar = calendar;
    }

    record Commune(String code, String provinceCode, long bodyId, double weight) {}

    public Result generate(Plan plan) throws IOException, SQLException {
        long started = System.nanoTime();
        try (InputStream provinces = Files.newInputStream(plan.unitsDirectory().resolve("provinces.csv"));
                InputStream communes =
                        Files.newInputStream(plan.unitsDirectory().resolve("communes.csv"))) {
            units.importProvinces(provinces);
            units.importCommunes(communes);
        }
        SplittableRandom random = new SplittableRandom(plan.seed());
        List<String> provinceCodes = jdbc.sql(
                        "select code from organization.administrative_unit where level = 'PROVINCE' and valid_to is null order by code")
                .query(String.class)
                .list();
        List<long[]> provinceBodies = new ArrayList<>();
        for (String province : provinceCodes) {
            long committee = body(
                    "BENCH-UBT-" + province,
                    "UBND tỉnh " + province,
                    "PEOPLES_COMMITTEE",
                    "PROVINCE",
                    province,
                    null,
                    null);
            long inspectorate = body(
                    "BENCH-TTR-" + province,
                    "Thanh tra tỉnh " + province,
                    "INSPECTORATE",
                    "PROVINCE",
                    province,
                    null,
                    committee);
            long reception = body(
                    "BENCH-BTCD-" + province,
                    "Ban Tiếp công dân tỉnh " + province,
                    "RECEPTION_OFFICE",
                    "PROVINCE",
                    province,
                    null,
                    committee);
            provinceBodies.add(new long[] {Long.parseLong(province), committee, inspectorate, reception});
        }
        List<Commune> communes = new ArrayList<>();
        for (var row : jdbc.sql(
                        "select code, province_code from organization.administrative_unit where level = 'COMMUNE' and valid_to is null order by code")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()) {
            long superior = provinceBodies.stream()
                    .filter(p -> p[0] == Long.parseLong(row[1]))
                    .findFirst()
                    .orElseThrow()[1];
            long id = body(
                    "BENCH-UBX-" + row[0],
                    "UBND xã " + row[0],
                    "PEOPLES_COMMITTEE",
                    "COMMUNE",
                    row[1],
                    row[0],
                    superior);
            // Some communes are hot spots: a heavy-tailed weight per commune.
            communes.add(new Commune(row[0], row[1], id, Math.pow(random.nextDouble(), 3) * 10 + 0.2));
        }
        double[] cumulative = new double[communes.size()];
        double total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += communes.get(i).weight();
            cumulative[i] = total;
        }

        List<String> indexes = jdbc.sql("""
                select indexdef from pg_indexes where schemaname = 'petition' and tablename = 'petition'
                  and indexname not in ('petition_pkey', 'petition_tracking_code_key')
                """).query(String.class).list();
        for (String index : jdbc.sql("""
                select indexname from pg_indexes where schemaname = 'petition' and tablename = 'petition'
                  and indexname not in ('petition_pkey', 'petition_tracking_code_key')
                """).query(String.class).list()) {
            jdbc.sql("drop index petition." + index).update();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate first = today.minusYears(plan.years());
        int days = (int) (today.toEpochDay() - first.toEpochDay());
        long nextTrackingNumber = jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single()
                + 1_000_000L;
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy petition.petition (tracking_code, body_id, channel, petition_type, field_code, instance, anonymous,
                        petitioner_kind, petitioner_count, representative_count, petitioner_name, title, content, province_code,
                        commune_code, remote_area, complex, received_on, registered_at, state, processing_due, decision,
                        decided_on, filing_ground, transferred_to_name, resolution_due, extension_count, outcome, resolved_on,
                        closed_on, overdue_flagged_on, search_text, must_report_result) from stdin (format csv)
                    """);
            StringBuilder rows = new StringBuilder(1 << 20);
            for (long n = 0; n < plan.petitions(); n++) {
                appendPetition(
                        rows,
                        random,
                        communes,
                        cumulative,
                        total,
                        provinceBodies,
                        first,
                        days,
                        today,
                        nextTrackingNumber + n);
                if (rows.length() > (1 << 20) - 2048) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        }
        jdbc.sql("set maintenance_work_mem = '512MB'").update();
        for (String index : indexes) {
            jdbc.sql(index).update();
        }
        long visits = plan.petitions() / 10;
        copyVisits(random, visits, communes, cumulative, total, first, days);
        // Years of petitions are all-visible to index-only scans once autovacuum has passed; a bulk load is not yet.
        jdbc.sql("vacuum (analyze) petition.petition").update();
        jdbc.sql("analyze reception.visit").update();
        return new Result(
                plan.petitions(),
                visits,
                communes.size(),
                provinceBodies.size() * 3 + communes.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void appendPetition(
            StringBuilder out,
            SplittableRandom random,
            List<Commune> communes,
            double[] cumulative,
            double total,
            List<long[]> provinceBodies,
            LocalDate first,
            int days,
            LocalDate today,
            long number) {
        Commune commune = communes.get(pick(cumulative, random.nextDouble() * total));
        int typeIndex = weighted(TYPE_WEIGHTS, random);
        int fieldIndex = typeIndex == 3 && random.nextDouble() < 0.4 ? 5 : weighted(FIELD_WEIGHTS, random);
        String type = TYPES[typeIndex];
        String field = FIELDS[fieldIndex];
        String title = TITLES[fieldIndex][random.nextInt(TITLES[fieldIndex].length)];
        long bodyId = commune.bodyId();
        if (random.nextDouble() < 0.2) {
            long[] province = provinceBodies.stream()
                    .filter(p -> p[0] == Long.parseLong(commune.provinceCode()))
                    .findFirst()
                    .orElseThrow();
            bodyId = type.equals("DENUNCIATION") ? province[2] : province[1 + 2 * random.nextInt(2)];
        }
        LocalDate received = first.plusDays(random.nextInt(days + 1));
        long age = today.toEpochDay() - received.toEpochDay();
        LocalDate processingDue = calendar.plusWorkingDays(received, 10);
        String name = type.equals("DENUNCIATION") ? null : NAMES[random.nextInt(NAMES.length)];
        String content = title + " tại xã " + commune.code() + ", hồ sơ số " + number;

        String state;
        String decision = null;
        LocalDate decidedOn = null;
        String filingGround = null;
        String transferredTo = null;
        LocalDate resolutionDue = null;
        String outcome = null;
        LocalDate resolvedOn = null;
        LocalDate closedOn = null;
        LocalDate overdueFlagged = null;
        double roll = random.nextDouble();
        boolean recent = age < 90;
        if (recent && roll < 0.35 || !recent && roll < 0.01) {
            state = "RECEIVED";
        } else {
            decidedOn = received.plusDays(1 + random.nextInt(12));
            double kind = random.nextDouble();
            if (kind < 0.60) {
                decision = "ACCEPT";
                resolutionDue = calendar.plusCalendarDays(
                        decidedOn, type.equals("RECOMMENDATION") || type.equals("FEEDBACK") ? 15 : 30);
                double progress = random.nextDouble();
                if (recent && progress < 0.5 || !recent && progress < 0.03) {
                    state = "ACCEPTED";
                } else {
                    resolvedOn = decidedOn.plusDays(5 + random.nextInt(40));
                    outcome = type.equals("RECOMMENDATION") || type.equals("FEEDBACK")
                            ? "ANSWERED"
                            : new String[] {"RIGHT", "WRONG", "PARTLY_RIGHT", "WITHDRAWN"}[random.nextInt(4)];
                    if (random.nextDouble() < 0.6) {
                        state = "CLOSED";
                        closedOn = resolvedOn.plusDays(random.nextInt(10));
                    } else {
                        state = "RESOLVED";
                    }
                }
            } else if (kind < 0.75) {
                decision = "GUIDE";
                state = "GUIDED";
            } else if (kind < 0.85) {
                decision = "TRANSFER";
                state = "TRANSFERRED";
                transferredTo = "Cơ quan có thẩm quyền";
            } else if (kind < 0.97) {
                decision = "FILE";
                state = "FILED";
                filingGround = "DUPLICATE";
            } else {
                decision = "RETURN";
                state = "RETURNED";
            }
            if (decidedOn.isAfter(today)) {
                decidedOn = today;
            }
            if (resolvedOn != null && resolvedOn.isAfter(today)) {
                resolvedOn = today;
            }
            if (closedOn != null && closedOn.isAfter(today)) {
                closedOn = today;
            }
        }
        LocalDate due = state.equals("RECEIVED") ? processingDue : state.equals("ACCEPTED") ? resolutionDue : null;
        if (due != null && due.isBefore(today)) {
            overdueFlagged = due.plusDays(1);
        }
        String code = trackingCode(received.getYear(), number);
        String search =
                VietnameseText.fold(title + " " + content) + (name == null ? "" : " | " + VietnameseText.fold(name));
        csv(out, code)
                .append(',')
                .append(bodyId)
                .append(",ONLINE,")
                .append(type)
                .append(',')
                .append(field)
                .append(",FIRST,false,INDIVIDUAL,1,0,");
        csv(out, name).append(',');
        csv(out, title).append(',');
        csv(out, content)
                .append(',')
                .append(commune.provinceCode())
                .append(',')
                .append(commune.code())
                .append(",false,false,")
                .append(received)
                .append(',')
                .append(received)
                .append("T08:00:00+07,")
                .append(state)
                .append(',')
                .append(processingDue)
                .append(',');
        value(out, decision).append(',');
        value(out, decidedOn).append(',');
        value(out, filingGround).append(',');
        csv(out, transferredTo).append(',');
        value(out, resolutionDue).append(",0,");
        value(out, outcome).append(',');
        value(out, resolvedOn).append(',');
        value(out, closedOn).append(',');
        value(out, overdueFlagged).append(',');
        csv(out, search).append(",false\n");
    }

    private void copyVisits(
            SplittableRandom random,
            long visits,
            List<Commune> communes,
            double[] cumulative,
            double total,
            LocalDate first,
            int days)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy reception.visit (body_id, visited_on, visitor_kind, people_count, representative_count, delegation,
                        commune_code, matter, content_type, field_code, summary, refused, recorded_by) from stdin (format csv)
                    """);
            StringBuilder rows = new StringBuilder(1 << 20);
            for (long n = 0; n < visits; n++) {
                Commune commune = communes.get(pick(cumulative, random.nextDouble() * total));
                boolean delegation = random.nextDouble() < 0.08;
                int people = delegation ? 5 + random.nextInt(40) : 1 + random.nextInt(2);
                int field = weighted(FIELD_WEIGHTS, random);
                rows.append(commune.bodyId())
                        .append(',')
                        .append(first.plusDays(random.nextInt(days + 1)))
                        .append(',')
                        .append(delegation ? "GROUP" : people > 1 ? "SEVERAL" : "INDIVIDUAL")
                        .append(',')
                        .append(people)
                        .append(',')
                        .append(delegation ? 1 + random.nextInt(5) : 0)
                        .append(',')
                        .append(delegation)
                        .append(',')
                        .append(commune.code())
                        .append(',')
                        .append(random.nextDouble() < 0.8 ? "NEW" : "OLD")
                        .append(',')
                        .append(TYPES[weighted(TYPE_WEIGHTS, random)])
                        .append(',')
                        .append(FIELDS[field])
                        .append(",\"")
                        .append(TITLES[field][0])
                        .append("\",false,bench\n");
                if (rows.length() > (1 << 20) - 1024) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        }
    }

    private long body(
            String code, String name, String kind, String level, String province, String commune, Long superior) {
        return jdbc.sql("""
                insert into organization.body (code, name, kind, level, province_code, commune_code, superior_id)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do update set name = excluded.name returning id
                """)
                .params(code, name, kind, level, province, commune, superior)
                .query(Long.class)
                .single();
    }

    /** A unique code in the form of the real ones (year and eight characters), derived from a number. */
    static String trackingCode(int year, long number) {
        char[] chars = new char[8];
        long rest = number;
        for (int i = 7; i >= 0; i--) {
            chars[i] = CODE_ALPHABET[(int) (rest % CODE_ALPHABET.length)];
            rest /= CODE_ALPHABET.length;
        }
        return year + "-" + new String(chars, 0, 4) + "-" + new String(chars, 4, 4);
    }

    private static int pick(double[] cumulative, double target) {
        int index = java.util.Arrays.binarySearch(cumulative, target);
        return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
    }

    private static int weighted(double[] weights, SplittableRandom random) {
        double roll = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (roll < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static StringBuilder csv(StringBuilder out, String value) {
        return value == null ? out : out.append('"').append(value).append('"');
    }

    private static StringBuilder value(StringBuilder out, Object value) {
        return value == null ? out : out.append(value);
    }
}
