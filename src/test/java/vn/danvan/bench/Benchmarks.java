package vn.danvan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionQueries.QueueFilter;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.PetitionHandlingReports;

/**
 * The benchmarks of issue 5, each beside a baseline measured in the same run: the petition-handling report
 * against a plain count of the same rows, the work queue against an index lookup of one page, intake over
 * HTTP against single-row INSERTs at the same concurrency. Latencies in milliseconds.
 */
public final class Benchmarks {

    public record Stats(String name, int samples, double p50, double p95, double p99) {
        static Stats of(String name, List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Stats(
                    name, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
        }

        private static double percentile(List<Double> sorted, double p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }

    public record Pair(Stats measured, Stats baseline) {
        public double ratioP50() {
            return measured.p50() / Math.max(baseline.p50(), 0.001);
        }

        public double ratioP95() {
            return measured.p95() / Math.max(baseline.p95(), 0.001);
        }
    }

    /**
     * A throughput run; {@code cpu} is the processor time the application and PostgreSQL spent per request
     * during the measured window (null when not measured).
     */
    public record Throughput(
            String name, int clients, long requests, long errors, double perSecond, Stats latency, CpuPerRequest cpu) {}

    /**
     * Milliseconds of processor time per request: this JVM, all PostgreSQL server processes, and the rest of
     * the machine (the load generator, the kernel); and the share of the machine's processor time that was
     * busy while the requests ran (near 1: the machine, not the software, set the rate).
     */
    public record CpuPerRequest(double application, double database, double rest, double machineBusy) {}

    /**
     * Processor time so far, in milliseconds: this JVM, the PostgreSQL processes, and — from /proc/stat, all
     * processors together — the machine's busy time and its total time (0 where /proc/stat cannot be read).
     */
    static double[] cpuMillis() {
        double application = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toMillis)
                .orElse(0L);
        String own = ownDatabase;
        double database = ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .filter(process -> own == null || ofDatabase(process, own))
                .mapToLong(process -> process.info()
                        .totalCpuDuration()
                        .map(Duration::toMillis)
                        .orElse(0L))
                .sum();
        double busy = 0;
        double total = 0;
        try {
            // cpu  user nice system idle iowait irq softirq steal …, in hundredths of a second
            String[] ticks =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            for (int i = 1; i < Math.min(ticks.length, 9); i++) {
                double millis = Long.parseLong(ticks[i]) * 10.0;
                total += millis;
                busy += i == 4 || i == 5 ? 0 : millis;
            }
        } catch (IOException | RuntimeException unreadable) {
            busy = 0;
            total = 0;
        }
        return new double[] {application, database, busy, total};
    }

    /**
     * The data directory of the benchmark's own PostgreSQL, when set: then only its server processes count as the
     * database's processor time, not those of other servers on a shared machine. Unset (null), every postgres counts.
     */
    static volatile @org.jspecify.annotations.Nullable String ownDatabase;

    /** Whether a postgres process is the postmaster of that data directory or one of its children. */
    private static boolean ofDatabase(ProcessHandle process, String dataDirectory) {
        java.util.function.Predicate<ProcessHandle> postmaster = p -> p.info()
                .arguments()
                .map(arguments -> String.join(" ", arguments).contains("-D " + dataDirectory))
                .orElse(false);
        return postmaster.test(process) || process.parent().filter(postmaster).isPresent();
    }

    static CpuPerRequest cpuPerRequest(double[] before, double[] after, long requests) {
        double perRequest = Math.max(requests, 1);
        double application = (after[0] - before[0]) / perRequest;
        double database = (after[1] - before[1]) / perRequest;
        double machine = (after[2] - before[2]) / perRequest;
        double total = after[3] - before[3];
        return new CpuPerRequest(
                application,
                database,
                Math.max(0, machine - application - database),
                total > 0 ? (after[2] - before[2]) / total : 0);
    }

    private final JdbcClient jdbc;
    private final PetitionHandlingReports reports;
    private final PetitionQueries queries;
    private final OrganizationDirectory organization;
    private final StaffMember nationalAdministrator;

    public Benchmarks(
            DataSource dataSource,
            PetitionHandlingReports reports,
            PetitionQueries queries,
            OrganizationDirectory organization) {
        this.jdbc = JdbcClient.create(dataSource);
        this.reports = reports;
        this.queries = queries;
        this.organization = organization;
        long anyBody = jdbc.sql("select coalesce(min(id), 0) from organization.body")
                .query(Long.class)
                .single();
        this.nationalAdministrator = new StaffMember(
                0, "bench", "Bench", anyBody, Set.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER), Set.of(), true, false);
    }

    /** Biểu 02 for random body × period choices (a commune, or a province with everything under it). */
    public Pair report(int choices, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> communes = jdbc.sql("select id from organization.body where code like 'BENCH-UBX-%' order by id")
                .query(Long.class)
                .list();
        List<Long> provinces = jdbc.sql("select id from organization.body where code like 'BENCH-UBT-%' order by id")
                .query(Long.class)
                .list();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<Double> measured = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < choices + 10; i++) {
            boolean province = random.nextDouble() < 0.3;
            long body = province
                    ? provinces.get(random.nextInt(provinces.size()))
                    : communes.get(random.nextInt(communes.size()));
            LocalDate to = today.minusDays(random.nextInt(365 * 19));
            LocalDate from = switch (random.nextInt(3)) {
                case 0 -> to.minusMonths(1).plusDays(1);
                case 1 -> to.minusMonths(3).plusDays(1);
                default -> to.minusYears(1).plusDays(1);
            };
            Set<Long> bodies = province ? organization.bodyWithSubordinates(body) : Set.of(body);
            long reportStart = System.nanoTime();
            reports.compile(body, from, to, province, nationalAdministrator);
            double reportMillis = (System.nanoTime() - reportStart) / 1e6;
            long countStart = System.nanoTime();
            jdbc.sql("""
                    select (select count(*) from petition.petition p where p.body_id = any(:bodies)
                              and p.received_on between :from and :to)
                         + (select count(*) from petition.petition p where p.body_id = any(:bodies)
                              and p.received_on >= cast(:from as date) - 180 and p.received_on < :from and p.settled_on >= :from)
                         + (select count(*) from petition.petition p where p.body_id = any(:bodies)
                              and p.received_on < cast(:from as date) - 180 and p.settled_on >= :from
                              and (p.settled_on = 'infinity' or p.settled_on > p.received_on + 180))
                    """)
                    .param("bodies", bodies.toArray(Long[]::new))
                    .param("from", from)
                    .param("to", to)
                    .query(Long.class)
                    .single();
            double countMillis = (System.nanoTime() - countStart) / 1e6;
            if (i >= 10) {
                measured.add(reportMillis);
                baseline.add(countMillis);
            }
        }
        return new Pair(
                Stats.of("report (Biểu 02)", measured),
                Stats.of("plain count of the same rows (same index)", baseline));
    }

    /** The queue with filters, diacritic-free search and deep paging; the baseline reads one indexed page. */
    public List<Pair> queue(int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> communes = jdbc.sql("select id from organization.body where code like 'BENCH-UBX-%' order by id")
                .query(Long.class)
                .list();
        List<Long> provinces = jdbc.sql("select id from organization.body where code like 'BENCH-UBT-%' order by id")
                .query(Long.class)
                .list();
        List<Pair> results = new ArrayList<>();
        record Shape(String name, Supplier<QueueFilter> filter) {}
        List<Shape> shapes = List.of(
                new Shape(
                        "a commune's queue, page 1",
                        () -> new QueueFilter(
                                communes.get(random.nextInt(communes.size())),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                0,
                                20)),
                new Shape(
                        "a province body, complaints about land, page 1",
                        () -> new QueueFilter(
                                provinces.get(random.nextInt(provinces.size())),
                                PetitionType.COMPLAINT,
                                "LAND",
                                null,
                                null,
                                null,
                                null,
                                0,
                                20)),
                new Shape(
                        "search 'thu hoi dat' in a province body, page 1",
                        () -> new QueueFilter(
                                provinces.get(random.nextInt(provinces.size())),
                                null,
                                null,
                                null,
                                null,
                                null,
                                "thu hoi dat",
                                0,
                                20)),
                new Shape(
                        "whole country, land, page 500",
                        () -> new QueueFilter(null, null, "LAND", null, null, null, null, 499, 20)));
        for (Shape shape : shapes) {
            List<Double> measured = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            for (int i = 0; i < runs + 5; i++) {
                QueueFilter filter = shape.filter().get();
                long start = System.nanoTime();
                queries.queue(filter, nationalAdministrator);
                double millis = (System.nanoTime() - start) / 1e6;
                long body = communes.get(random.nextInt(communes.size()));
                long baseStart = System.nanoTime();
                jdbc.sql("""
                        select id, tracking_code, title from petition.petition where body_id = ?
                        order by current_due asc nulls last, received_on desc, id desc limit 20
                        """).param(body).query((rs, n) -> rs.getLong(1)).list();
                double baseMillis = (System.nanoTime() - baseStart) / 1e6;
                if (i >= 5) {
                    measured.add(millis);
                    baseline.add(baseMillis);
                }
            }
            results.add(new Pair(Stats.of(shape.name(), measured), Stats.of("one indexed page of a body", baseline)));
        }
        return results;
    }

    /**
     * A province head's home page (issue 20): the open cases by deadline and body, the twelve months' trend and the
     * fields, over the province body and every body under it; beside the plain counts over the same rows.
     */
    public Pair home(vn.danvan.petition.PetitionFigures figures, int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> provinces = jdbc.sql("select id from organization.body where code like 'BENCH-UBT-%' order by id")
                .query(Long.class)
                .list();
        List<Double> measured = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        java.time.YearMonth to = java.time.YearMonth.from(figures.today());
        java.time.YearMonth from = to.minusMonths(11);
        for (int i = 0; i < runs + 5; i++) {
            long province = provinces.get(random.nextInt(provinces.size()));
            Set<Long> scope = organization.bodyWithSubordinates(province);
            StaffMember head =
                    new StaffMember(0, "bench-head", "Bench", province, Set.of(Role.HEAD_OF_BODY), scope, false, false);
            long start = System.nanoTime();
            figures.deadlinesByBody(head);
            // The trend and the fields as the page reads them: one pass by month and field, summed both ways.
            var cells = figures.monthlyByField(head, from, to);
            vn.danvan.petition.PetitionFigures.months(cells, from, to);
            vn.danvan.petition.PetitionFigures.fields(cells);
            double millis = (System.nanoTime() - start) / 1e6;
            Long[] bodies = scope.toArray(Long[]::new);
            long baseStart = System.nanoTime();
            jdbc.sql("select count(*) from petition.petition where body_id = any(?) and current_due <= ?")
                    .params(bodies, figures.nearLimit())
                    .query(Long.class)
                    .single();
            jdbc.sql("select count(*) from petition.petition where body_id = any(?) and received_on between ? and ?")
                    .params(bodies, from.atDay(1), to.atEndOfMonth())
                    .query(Long.class)
                    .single();
            double baseMillis = (System.nanoTime() - baseStart) / 1e6;
            if (i >= 5) {
                measured.add(millis);
                baseline.add(baseMillis);
            }
        }
        return new Pair(
                Stats.of("a province head's home page figures", measured),
                Stats.of("plain counts over the same rows", baseline));
    }

    /**
     * Open311 POSTs (validated, routed, deadline computed, audited) from concurrent clients for a while, spread
     * over the API keys of many client systems, each within the default hourly limit.
     */
    public Throughput intake(int port, List<String> apiKeys, int clients, Duration duration) throws Exception {
        List<String> communes = jdbc.sql(
                        "select code from organization.administrative_unit where level = 'COMMUNE' and valid_to is null")
                .query(String.class)
                .list();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return run("intake over HTTP (Open311 POST)", clients, duration, n -> {
            String body = "api_key=" + apiKeys.get((int) (n % apiKeys.size()))
                    + "&service_code=FEEDBACK-ENVIRONMENT&address_id="
                    + communes.get((int) (n % communes.size())) + "&description="
                    + URLEncoder.encode("Rác thải đổ trộm, phản ánh số " + n, StandardCharsets.UTF_8);
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 201;
        });
    }

    /**
     * The baselines' table, empty: each baseline starts from the same table every run, and no later run's
     * intake shares the processors with autovacuum working through the millions of rows one leaves.
     */
    private void emptyBaselineTable() {
        jdbc.sql(
                        "create table if not exists bench_insert (id bigint generated always as identity primary key, body_id bigint, title text, received_on date, created_at timestamptz default now())")
                .update();
        jdbc.sql("truncate bench_insert").update();
    }

    /** The baseline: single-row INSERTs of the same width, same concurrency, same durability (pgbench-like). */
    public Throughput insertBaseline(int clients, Duration duration) throws Exception {
        emptyBaselineTable();
        return run("single-row INSERT (JDBC, autocommit)", clients, duration, n -> {
            jdbc.sql("insert into bench_insert (body_id, title, received_on) values (?, ?, current_date)")
                    .params(n % 3000, "Rác thải đổ trộm, phản ánh số " + n)
                    .update();
            return true;
        });
    }

    /**
     * The same Open311 POSTs from wrk, a load generator in a process of its own, so that the application's
     * resident memory is its own; a warm-up run as long as the measurement first.
     */
    public Throughput intakeFromWrk(int port, List<String> apiKeys, int clients, Duration duration, Path workDirectory)
            throws Exception {
        List<String> communes = jdbc.sql("""
                select code from organization.administrative_unit where level = 'COMMUNE' and valid_to is null order by code
                """).query(String.class).list();
        String script = """
                local communes = {%s}
                local keys = {%s}
                local counter = 0
                request = function()
                  counter = counter + 1
                  local body = "api_key=" .. keys[(counter %% #keys) + 1] .. "&service_code=FEEDBACK-ENVIRONMENT&address_id="
                    .. communes[(counter %% #communes) + 1]
                    .. "&description=R%%C3%%A1c+th%%E1%%BA%%A3i+%%C4%%91%%E1%%BB%%95+tr%%E1%%BB%%99m%%2C+ph%%E1%%BA%%A3n+%%C3%%A1nh+s%%E1%%BB%%91+" .. counter
                  return wrk.format("POST", "/open311/v2/requests.json",
                    {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
                end
                """.formatted(quoted(communes), quoted(apiKeys));
        Path lua = workDirectory.resolve("intake.lua");
        Files.createDirectories(workDirectory);
        Files.writeString(lua, script);
        String url = "http://127.0.0.1:" + port;
        int threads = Math.max(1, Math.min(2, clients));
        // As long a warm-up as the measurement: on a saturated machine the JIT's compiler threads share the
        // processors with the load, and the intake path reached its steady state only after about a minute
        // (1.1 ms of application time a petition after 20 s of warm-up, 0.65 ms after 60 s).
        command(List.of(
                "wrk", "-t" + threads, "-c" + clients, "-d" + duration.toSeconds() + "s", "-s", lua.toString(), url));
        return measuredWithWrk(
                "intake over HTTP (Open311 POST, from wrk; p95 column = p90)",
                clients,
                duration,
                List.of("-s", lua.toString(), url));
    }

    /**
     * Authenticated petition operations through {@code /api/v1} from wrk, as a client system of one body sends
     * them: half reads of a petition, four in ten pages of the body's queue, one in ten a new petition (JSON),
     * each with the same {@code Authorization} header (a bearer token, or Basic to compare). A warm-up of half
     * the measurement first.
     */
    public Throughput apiFromWrk(
            String label,
            int port,
            String authorization,
            boolean countedPages,
            long bodyId,
            List<Long> petitionIds,
            int clients,
            Duration duration,
            Path workDirectory)
            throws Exception {
        String script = """
                local ids = {%s}
                local counter = 0
                local auth = "%s"
                request = function()
                  counter = counter + 1
                  local kind = counter %% 10
                  if kind < 5 then
                    return wrk.format("GET", "/api/v1/petitions/" .. ids[(counter %% #ids) + 1], {["Authorization"] = auth})
                  elseif kind < 9 then
                    return wrk.format("GET", "/api/v1/petitions?body=%d&size=20%s&page=" .. (counter %% 5),
                      {["Authorization"] = auth})
                  end
                  local body = '{"bodyId": %d, "channel": "POST", "type": "FEEDBACK", "fieldCode": "LAND", '
                    .. '"petitionerKind": "INDIVIDUAL", "petitionerCount": 1, "representativeCount": 0, '
                    .. '"petitioner": {"fullName": "Nguyễn Văn Thử"}, "title": "Phản ánh qua API số ' .. counter .. '", '
                    .. '"content": "Rác thải đổ trộm ven đường, phản ánh qua API", "receivedOn": "%s"}'
                  return wrk.format("POST", "/api/v1/petitions",
                    {["Authorization"] = auth, ["Content-Type"] = "application/json"}, body)
                end
                """.formatted(
                String.join(",", petitionIds.stream().map(String::valueOf).toList()),
                authorization,
                bodyId,
                countedPages ? "&count=true" : "",
                bodyId,
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        Path lua = workDirectory.resolve("api-" + label.replaceAll("\\W+", "-") + ".lua");
        Files.createDirectories(workDirectory);
        Files.writeString(lua, script);
        String url = "http://127.0.0.1:" + port;
        int threads = Math.max(1, Math.min(2, clients));
        command(List.of(
                "wrk",
                "-t" + threads,
                "-c" + clients,
                "-d" + Math.max(5, duration.toSeconds() / 2) + "s",
                "-s",
                lua.toString(),
                url));
        return measuredWithWrk(
                "petition API with " + label + " (½ GET petition, ⅖ GET queue" + (countedPages ? " counted" : "")
                        + ", ⅒ POST; from wrk; "
                        + "p95 column = p90)",
                clients,
                duration,
                List.of("-s", lua.toString(), url));
    }

    /**
     * What authentication alone costs: a GET through {@code /api/v1} that reads nothing from the database (the
     * fields of law, cached), with the given {@code Authorization} header, to set beside the HTTP floor.
     */
    public Throughput apiAuthenticationFromWrk(
            String label, int port, String authorization, int clients, Duration duration) throws Exception {
        String url = "http://127.0.0.1:" + port + "/api/v1/petitions/fields";
        int threads = Math.max(1, Math.min(2, clients));
        List<String> target = List.of("-H", "Authorization: " + authorization, url);
        List<String> warmUp = new ArrayList<>(
                List.of("wrk", "-t" + threads, "-c" + clients, "-d" + Math.max(5, duration.toSeconds() / 2) + "s"));
        warmUp.addAll(target);
        command(warmUp);
        return measuredWithWrk(
                "GET /api/v1/petitions/fields with " + label + " (cached, no query of its own; " + "p95 column = p90)",
                clients,
                duration,
                target);
    }

    /**
     * The floor under intake on this machine: the same server, connections and filter chain answering a GET
     * of a service definition, which reads nothing from the database (the services are cached). What a
     * request costs before any work of its own, measured after a warm-up of its own.
     */
    public Throughput httpFloorFromWrk(int port, int clients, Duration duration) throws Exception {
        String url = "http://127.0.0.1:" + port + "/open311/v2/services/FEEDBACK-ENVIRONMENT.json";
        int threads = Math.max(1, Math.min(2, clients));
        command(List.of(
                "wrk", "-t" + threads, "-c" + clients, "-d" + Math.max(10, duration.toSeconds() / 2) + "s", url));
        return measuredWithWrk(
                "HTTP floor (GET of a service definition, no database; p95 column = p90)",
                clients,
                duration,
                List.of(url));
    }

    private Throughput measuredWithWrk(String name, int clients, Duration duration, List<String> target)
            throws Exception {
        int threads = Math.max(1, Math.min(2, clients));
        List<String> command = new ArrayList<>(
                List.of("wrk", "-t" + threads, "-c" + clients, "-d" + duration.toSeconds() + "s", "--latency"));
        command.addAll(target);
        double[] cpuBefore = cpuMillis();
        String out = command(command);
        double[] cpuAfter = cpuMillis();
        System.out.println(out);
        long requests = Long.parseLong(match(out, "(\\d+) requests in"));
        long errors = out.contains("Non-2xx") ? Long.parseLong(match(out, "Non-2xx or 3xx responses: (\\d+)")) : 0;
        errors += out.contains("Socket errors")
                ? Arrays.stream(match(out, "Socket errors: (.*)").split(","))
                        .mapToLong(part -> Long.parseLong(part.replaceAll("\\D", "")))
                        .sum()
                : 0;
        double perSecond = Double.parseDouble(match(out, "Requests/sec:\\s+([\\d.]+)"));
        Stats latency = new Stats(
                name,
                (int) requests,
                wrkMillis(match(out, "\\n\\s+50%\\s+(\\S+)")),
                wrkMillis(match(out, "\\n\\s+90%\\s+(\\S+)")),
                wrkMillis(match(out, "\\n\\s+99%\\s+(\\S+)")));
        return new Throughput(
                name, clients, requests, errors, perSecond, latency, cpuPerRequest(cpuBefore, cpuAfter, requests));
    }

    /**
     * An open-loop run (constant arrival rate, latency from each request's due time; {@link OpenLoad}) and the
     * processor time per request of each party during its measured window.
     */
    public record OpenRun(OpenLoad.Result result, OpenCpu cpu) {}

    /**
     * Milliseconds of processor time per request: the application's JVM, PostgreSQL, the load generator's JVM
     * ({@code NaN} when it ran inside the application's JVM and is counted there), the rest of the machine; and
     * the share of the machine's processor time that was busy.
     */
    public record OpenCpu(double application, double database, double client, double rest, double machineBusy) {}

    /**
     * Runs {@link OpenLoad} with the plan in {@code spec}: in a JVM of its own ({@code ownProcess}, as
     * {@code bench/run} does, so that its processor time is its own), or in this one.
     */
    public OpenRun openLoop(Properties spec, boolean ownProcess, Path workDirectory) throws Exception {
        if (!ownProcess) {
            double[][] marks = new double[2][];
            var result = OpenLoad.run(OpenLoad.plan(spec), new OpenLoad.Marks() {
                @Override
                public void measuring() {
                    marks[0] = cpuMillis();
                }

                @Override
                public void done() {
                    marks[1] = cpuMillis();
                }
            });
            return new OpenRun(result, openCpu(marks[0], marks[1], Double.NaN, result.requests()));
        }
        Files.createDirectories(workDirectory);
        Path file = workDirectory.resolve("open-" + spec.getProperty("name").replaceAll("\\W+", "-") + ".properties");
        try (var writer = Files.newBufferedWriter(file)) {
            spec.store(writer, "OpenLoad plan written by bench/run");
        }
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        var process = new ProcessBuilder(
                        java,
                        "-Xms64m",
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        OpenLoad.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        double[] before = null;
        double[] after = null;
        double clientBefore = 0;
        double clientAfter = 0;
        String result = null;
        StringBuilder output = new StringBuilder();
        try (var lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("MEASURING ")) {
                    before = cpuMillis();
                    clientBefore = Double.parseDouble(line.substring(10).strip());
                } else if (line.startsWith("DONE ")) {
                    after = cpuMillis();
                    clientAfter = Double.parseDouble(line.substring(5).strip());
                } else if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (process.waitFor() != 0 || result == null || before == null || after == null) {
            throw new IllegalStateException("the open-loop client failed:\n" + output);
        }
        java.util.Map<String, Double> values = new java.util.HashMap<>();
        for (String pair : result.split(" ")) {
            values.put(pair.substring(0, pair.indexOf('=')), Double.parseDouble(pair.substring(pair.indexOf('=') + 1)));
        }
        var parsed = new OpenLoad.Result(
                spec.getProperty("name"),
                Double.parseDouble(spec.getProperty("rate")),
                Integer.parseInt(spec.getProperty("connections")),
                values.get("requests").longValue(),
                values.get("errors").longValue(),
                values.get("achieved"),
                values.get("p50"),
                values.get("p90"),
                values.get("p99"),
                values.get("p999"),
                values.get("max"),
                values.get("lag99"),
                values.get("exhausted").intValue(),
                values.get("maxInFlight").intValue(),
                values.get("acknowledgedAll").longValue());
        System.out.println(OpenLoad.summary(parsed));
        return new OpenRun(
                parsed,
                openCpu(
                        before,
                        after,
                        (clientAfter - clientBefore) / Math.max(1, parsed.requests()),
                        parsed.requests()));
    }

    private static OpenCpu openCpu(double[] before, double[] after, double clientPerRequest, long requests) {
        var cpu = cpuPerRequest(before, after, requests);
        double client = Double.isNaN(clientPerRequest) ? Double.NaN : clientPerRequest;
        return new OpenCpu(
                cpu.application(),
                cpu.database(),
                client,
                Math.max(0, cpu.rest() - (Double.isNaN(client) ? 0 : client)),
                cpu.machineBusy());
    }

    /**
     * One reading of intake's baseline: pgbench single-row INSERTs into a narrow table without indexes, on the
     * same PostgreSQL, same durability settings and concurrency; latencies from pgbench's per-transaction log.
     */
    public Throughput insertBaselineFromPgbench(
            DataSource dataSource, int clients, Duration duration, Path workDirectory) throws Exception {
        emptyBaselineTable();
        try {
            return pgbench(
                    "pgbench single-row INSERT into a narrow table (no index)",
                    """
                    \\set body random(1, 3000)
                    insert into bench_insert (body_id, title, received_on) values (:body, 'Rác thải đổ trộm, phản ánh số ' || :body, current_date);
                    """,
                    dataSource,
                    clients,
                    duration,
                    workDirectory);
        } finally {
            emptyBaselineTable();
        }
    }

    /**
     * The other reading: pgbench single-row INSERTs of whole petitions into the petition table,
     * with its indexes (intake without the application: no validation, timeline, submission record or audit),
     * same server, durability and concurrency. The rows stay, as intake's do.
     */
    public Throughput petitionInsertBaselineFromPgbench(
            DataSource dataSource, int clients, Duration duration, Path workDirectory) throws Exception {
        var bodies = jdbc.sql("select min(id), max(id) from organization.body")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return pgbench(
                "pgbench single-row INSERT of a petition (petition table, its indexes)",
                """
                \\set n random(1, 1000000000000)
                \\set body random(%d, %d)
                insert into petition.petition (tracking_code, body_id, channel, petition_type, field_code, instance, anonymous, petitioner_kind, title, content, province_code, commune_code, received_on, state, processing_due, search_text) values ('PGB-' || :n, :body, 'ONLINE', 'FEEDBACK', 'ENVIRONMENT', 'FIRST', true, 'INDIVIDUAL', 'Rác thải đổ trộm, phản ánh số ' || :n, 'Rác thải đổ trộm, phản ánh số ' || :n, '46', '19753', current_date, 'RECEIVED', current_date + 10, 'pgb-' || :n || ' rac thai do trom, phan anh so ' || :n || ' rac thai do trom, phan anh so ' || :n);
                """.formatted(bodies[0], bodies[1]),
                dataSource,
                clients,
                duration,
                workDirectory);
    }

    /**
     * The online votes' baseline (issue 18): pgbench single-row INSERTs into a table shaped like
     * democracy.matter_vote (its primary key, no foreign keys), one household each, same server and durability.
     */
    public static Throughput voteInsertBaselineFromPgbench(
            DataSource dataSource, int clients, Duration duration, Path workDirectory) throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                create table if not exists bench_vote (matter_id bigint not null, household_id bigint not null,
                    hamlet_id bigint not null, channel text not null, choice text, voted_at timestamptz not null
                    default now(), primary key (matter_id, household_id))
                """).update();
        jdbc.sql("truncate bench_vote").update();
        try {
            return pgbench(
                    "pgbench single-row INSERT into a vote-shaped table (its primary key)",
                    """
                    \\set h random(1, 1000000000000)
                    insert into bench_vote (matter_id, household_id, hamlet_id, channel, choice) values (1, :h, :h % 200, 'ONLINE', 'AGREE') on conflict (matter_id, household_id) do update set choice = excluded.choice, voted_at = now();
                    """,
                    dataSource,
                    clients,
                    duration,
                    workDirectory);
        } finally {
            jdbc.sql("truncate bench_vote").update();
        }
    }

    private static Throughput pgbench(
            String name, String script, DataSource dataSource, int clients, Duration duration, Path workDirectory)
            throws Exception {
        String url;
        String user;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        var address = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)")
                .matcher(url);
        if (!address.find()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + url);
        }
        Files.createDirectories(workDirectory);
        Path file = workDirectory.resolve("insert.sql");
        Files.writeString(file, script);
        try (var old = Files.newDirectoryStream(workDirectory, "pgbench_log*")) {
            for (Path log : old) {
                Files.delete(log);
            }
        }
        // The embedded server of a kept $DANVAN_HOME asks for the password it generated.
        String password = dataSource instanceof com.zaxxer.hikari.HikariDataSource pool ? pool.getPassword() : null;
        String out = command(
                password,
                List.of(
                        "pgbench",
                        "-n",
                        "-h",
                        address.group(1),
                        "-p",
                        address.group(2) == null ? "5432" : address.group(2),
                        "-U",
                        user,
                        "-c",
                        String.valueOf(clients),
                        "-j",
                        String.valueOf(Math.max(1, Math.min(2, clients))),
                        "-T",
                        String.valueOf(duration.toSeconds()),
                        "-f",
                        file.toString(),
                        "-l",
                        "--log-prefix=" + workDirectory.resolve("pgbench_log"),
                        address.group(3)));
        double perSecond = Double.parseDouble(match(out, "tps = ([\\d.]+)"));
        List<Double> latencies = new ArrayList<>();
        try (var logs = Files.newDirectoryStream(workDirectory, "pgbench_log*")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    String[] parts = line.split(" ");
                    if (parts.length >= 3) {
                        latencies.add(Long.parseLong(parts[2]) / 1000.0);
                    }
                }
            }
        }
        long failed = out.contains("number of failed transactions")
                ? Long.parseLong(match(out, "number of failed transactions: (\\d+)"))
                : 0;
        return new Throughput(name, clients, latencies.size(), failed, perSecond, Stats.of("pgbench", latencies), null);
    }

    private static String quoted(List<String> values) {
        return String.join(
                ",", values.stream().map(value -> "\"" + value + "\"").toList());
    }

    /** Whether a program is on the PATH (wrk and pgbench come from Debian's packages). */
    public static boolean available(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String command(List<String> command) throws Exception {
        return command(null, command);
    }

    private static String command(@org.jspecify.annotations.Nullable String password, List<String> command)
            throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        var process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private static String match(String text, String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no '" + regex + "' in:\n" + text);
        }
        return matcher.group(1).strip();
    }

    private static double wrkMillis(String value) {
        double number = Double.parseDouble(value.replaceAll("[a-z]+$", ""));
        if (value.endsWith("us")) {
            return number / 1000;
        }
        if (value.endsWith("ms")) {
            return number;
        }
        if (value.endsWith("m")) {
            return number * 60_000;
        }
        return number * 1000;
    }

    interface Call {
        boolean run(long n) throws Exception;
    }

    private static Throughput run(String name, int clients, Duration duration, Call call) throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong counter = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean warm = new AtomicBoolean(false);
        long warmUntil = System.nanoTime()
                + Math.min(duration.toNanos() / 5, Duration.ofSeconds(5).toNanos());
        long end = warmUntil + duration.toNanos();
        AtomicLong measuredCount = new AtomicLong();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            return null;
                        }
                        long n = counter.incrementAndGet();
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = call.run(n);
                        } catch (Exception e) {
                            ok = false;
                        }
                        long finished = System.nanoTime();
                        if (start >= warmUntil && finished <= end) {
                            warm.set(true);
                            latencies.add((finished - start) / 1e6);
                            measuredCount.incrementAndGet();
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                });
            }
        }
        double seconds = duration.toNanos() / 1e9;
        return new Throughput(
                name,
                clients,
                measuredCount.get(),
                errors.get(),
                measuredCount.get() / seconds,
                Stats.of(name, new ArrayList<>(latencies)),
                null);
    }

    /** The resident memory of this process, from /proc (Linux), in megabytes. */
    public static long residentMegabytes() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/self/status")).split("\n"))
                            .filter(line -> line.startsWith("VmRSS:"))
                            .map(line -> line.replaceAll("\\D", ""))
                            .mapToLong(Long::parseLong)
                            .findFirst()
                            .orElse(0)
                    / 1024;
        } catch (Exception e) {
            return -1;
        }
    }
}
