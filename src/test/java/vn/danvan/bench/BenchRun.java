package vn.danvan.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.ApiTokens;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.persistence.SearchIndexUpkeep;
import vn.danvan.report.PetitionHandlingReports;

/** One run of the generator and the benchmarks against a started application; the results as Markdown. */
public final class BenchRun {

    /**
     * What to run. {@code only} names the benchmarks (report, queue, intake; empty for all); with
     * {@code externalLoad}, intake is driven by wrk and its baseline is pgbench, each a process of its own
     * (when they are on the PATH), instead of threads of this JVM.
     */
    public record Settings(
            long petitions,
            long seed,
            Path units,
            int reportChoices,
            int queueRuns,
            int clients,
            Duration intakeDuration,
            Set<String> only,
            boolean externalLoad,
            double rate,
            int openConnections) {

        /** The settings of the earlier rounds, with the open loop at 1,000 requests a second over 128 connections. */
        public Settings(
                long petitions,
                long seed,
                Path units,
                int reportChoices,
                int queueRuns,
                int clients,
                Duration intakeDuration,
                Set<String> only,
                boolean externalLoad) {
            this(
                    petitions,
                    seed,
                    units,
                    reportChoices,
                    queueRuns,
                    clients,
                    intakeDuration,
                    only,
                    externalLoad,
                    1000,
                    128);
        }

        boolean runs(String benchmark) {
            return only.isEmpty() || only.contains(benchmark);
        }
    }

    public record Results(
            NationalDataGenerator.Result generated,
            Benchmarks.Pair report,
            List<Benchmarks.Pair> queue,
            Benchmarks.Throughput intake,
            Benchmarks.Throughput insertBaseline,
            Benchmarks.@Nullable Throughput petitionInsertBaseline,
            Benchmarks.@Nullable Throughput httpFloor,
            Benchmarks.@Nullable Throughput tokenOnly,
            Benchmarks.@Nullable Throughput apiWithToken,
            Benchmarks.@Nullable Throughput apiWithTokenCountedPages,
            Benchmarks.@Nullable Throughput apiWithBasic,
            Benchmarks.@Nullable OpenRun openFloor,
            Benchmarks.@Nullable OpenRun openApi,
            List<String> openApiStatements,
            long peakResidentMegabytes,
            long petitionsInDatabase,
            String durability) {}

    private BenchRun() {}

    public static Results run(ConfigurableApplicationContext app, Settings settings) throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long existing = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();
        NationalDataGenerator.Result generated = null;
        if (existing < settings.petitions()) {
            generated = new NationalDataGenerator(
                            dataSource, app.getBean(AdministrativeUnitImport.class), app.getBean(WorkingCalendar.class))
                    .generate(new NationalDataGenerator.Plan(
                            settings.petitions() - existing, settings.seed(), settings.units(), 20));
            // The generator inserts bodies with plain SQL, past Bodies.add and its eviction of the cached list.
            app.getBean(vn.danvan.shared.ReferenceCache.class).evict("organization.body");
        }
        // A running instance merges the trigram indexes' pending lists every half minute (SearchIndexUpkeep):
        // start from that steady state, not from what earlier intake runs left behind.
        app.getBean(SearchIndexUpkeep.class).mergePendingEntries();
        var benchmarks = new Benchmarks(
                dataSource,
                app.getBean(PetitionHandlingReports.class),
                app.getBean(PetitionQueries.class),
                app.getBean(OrganizationDirectory.class));
        var report = settings.runs("report") ? benchmarks.report(settings.reportChoices(), settings.seed()) : null;
        var queue = new ArrayList<>(
                settings.runs("queue")
                        ? benchmarks.queue(settings.queueRuns(), settings.seed())
                        : List.<Benchmarks.Pair>of());
        if (settings.runs("home")) {
            queue.add(benchmarks.home(
                    app.getBean(vn.danvan.petition.PetitionFigures.class), settings.queueRuns(), settings.seed()));
            queue.addAll(HomeBench.run(app, settings.queueRuns(), settings.seed()));
        }
        Benchmarks.Throughput intake = null;
        Benchmarks.Throughput baseline = null;
        Benchmarks.Throughput petitionBaseline = null;
        Benchmarks.Throughput floor = null;
        AtomicLong peak = new AtomicLong(Benchmarks.residentMegabytes());
        if (settings.runs("intake")) {
            boolean external =
                    settings.externalLoad() && Benchmarks.available("wrk") && Benchmarks.available("pgbench");
            intake = intake(app, benchmarks, settings, peak, external);
            baseline = external
                    ? benchmarks.insertBaselineFromPgbench(
                            dataSource, settings.clients(), settings.intakeDuration(), WORK)
                    : benchmarks.insertBaseline(settings.clients(), settings.intakeDuration());
            if (external) {
                petitionBaseline = benchmarks.petitionInsertBaselineFromPgbench(
                        dataSource, settings.clients(), settings.intakeDuration(), WORK);
            }
        }
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        boolean wrk = settings.externalLoad() && Benchmarks.available("wrk");
        if (wrk && (settings.runs("intake") || settings.runs("api"))) {
            floor = benchmarks.httpFloorFromWrk(port, settings.clients(), settings.intakeDuration());
        }
        Benchmarks.Throughput tokenOnly = null;
        Benchmarks.Throughput apiWithToken = null;
        Benchmarks.Throughput apiWithTokenCountedPages = null;
        Benchmarks.Throughput apiWithBasic = null;
        Benchmarks.OpenRun openFloor = null;
        Benchmarks.OpenRun openApi = null;
        List<String> openApiStatements = List.of();
        ApiClient client = settings.runs("api") ? ApiClient.create(app, jdbc) : null;
        if (wrk && client != null) {
            tokenOnly = benchmarks.apiAuthenticationFromWrk(
                    "a bearer token", port, "Bearer " + client.token(), settings.clients(), settings.intakeDuration());
            apiWithToken = benchmarks.apiFromWrk(
                    "a bearer token",
                    port,
                    "Bearer " + client.token(),
                    false,
                    client.bodyId(),
                    client.petitionIds(),
                    settings.clients(),
                    settings.intakeDuration(),
                    WORK);
            apiWithTokenCountedPages = benchmarks.apiFromWrk(
                    "a bearer token",
                    port,
                    "Bearer " + client.token(),
                    true,
                    client.bodyId(),
                    client.petitionIds(),
                    settings.clients(),
                    settings.intakeDuration(),
                    WORK);
        }
        if (client != null) {
            // The goal as the issue states it, a latency at a rate: the same mix and the floor at a constant
            // arrival rate, from a load generator in a JVM of its own (its processor time reported apart).
            boolean ownProcess = settings.externalLoad();
            Properties floorSpec = openSpec("HTTP floor", port, settings);
            floorSpec.setProperty("kind", "get");
            floorSpec.setProperty("path", "/open311/v2/services/FEEDBACK-ENVIRONMENT.json");
            openFloor = benchmarks.openLoop(floorSpec, ownProcess, WORK);
            Properties mixSpec = openSpec("petition API mix, bearer token", port, settings);
            mixSpec.setProperty("kind", "mix");
            mixSpec.setProperty("authorization", "Bearer " + client.token());
            mixSpec.setProperty("countedPages", "false");
            mixSpec.setProperty("bodyId", String.valueOf(client.bodyId()));
            mixSpec.setProperty(
                    "petitionIds",
                    String.join(
                            ",",
                            client.petitionIds().stream().map(String::valueOf).toList()));
            mixSpec.setProperty(
                    "receivedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
            boolean statements = statementsTracked(jdbc);
            if (statements) {
                jdbc.sql("select pg_stat_statements_reset()").query().listOfRows();
            }
            openApi = benchmarks.openLoop(mixSpec, ownProcess, WORK);
            if (statements) {
                openApiStatements = new ArrayList<>(topStatements(jdbc));
                openApiStatements.addAll(queuePlan(jdbc, client, app));
            }
        }
        if (wrk && client != null) {
            apiWithBasic = benchmarks.apiFromWrk(
                    "HTTP Basic (bcrypt)",
                    port,
                    client.basic(),
                    false,
                    client.bodyId(),
                    client.petitionIds(),
                    settings.clients(),
                    settings.intakeDuration(),
                    WORK);
        }
        long total = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();
        String durability = jdbc.sql("""
                select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
                where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_connections')
                """).query(String.class).single();
        return new Results(
                generated,
                report,
                queue,
                intake,
                baseline,
                petitionBaseline,
                floor,
                tokenOnly,
                apiWithToken,
                apiWithTokenCountedPages,
                apiWithBasic,
                openFloor,
                openApi,
                openApiStatements,
                peak.get(),
                total,
                durability);
    }

    /**
     * A client system of the body with the most petitions: a staff account of that body (its queue covers the body
     * and those below it), a bearer token for it, its password for Basic, and a thousand petitions it may read.
     */
    private record ApiClient(long bodyId, String token, String basic, List<Long> petitionIds) {

        static ApiClient create(ConfigurableApplicationContext app, JdbcClient jdbc) {
            long bodyId = jdbc.sql("""
                    select body_id from petition.petition group by body_id order by count(*) desc limit 1
                    """).query(Long.class).single();
            String username = "bench-api-" + System.nanoTime();
            String password = "mat-khau-bench-" + username;
            Set<Role> roles = EnumSet.of(Role.CASE_HANDLER, Role.RECEPTION_OFFICER);
            long id = app.getBean(OrganizationAdministration.class)
                    .addStaff(username, password, "Hệ thống thử tải", null, bodyId, roles, false);
            var staff = new StaffMember(
                    id,
                    username,
                    "Hệ thống thử tải",
                    bodyId,
                    roles,
                    app.getBean(OrganizationDirectory.class).bodyWithSubordinates(bodyId),
                    false,
                    false);
            String token = app.getBean(ApiTokens.class)
                    .issue(staff, username, "bench", Duration.ofDays(1))
                    .token();
            List<Long> ids = jdbc.sql("select id from petition.petition where body_id = ? order by id desc limit 1000")
                    .param(bodyId)
                    .query(Long.class)
                    .list();
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return new ApiClient(bodyId, token, basic, ids);
        }
    }

    private static final Path WORK = Path.of("target", "bench-work");

    /**
     * Whether PostgreSQL tracks its statements (started with
     * {@code --danvan.embedded-postgres.server[shared_preload_libraries]=pg_stat_statements}); then the open-loop
     * mix is followed by its dearest statements.
     */
    static boolean statementsTracked(JdbcClient jdbc) {
        String libraries = jdbc.sql("select setting from pg_settings where name = 'shared_preload_libraries'")
                .query(String.class)
                .optional()
                .orElse("");
        if (!libraries.contains("pg_stat_statements")) {
            return false;
        }
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        return true;
    }

    /** The twelve statements that took the most of the server's time, as Markdown table rows. */
    static List<String> topStatements(JdbcClient jdbc) {
        return jdbc.sql("""
                select calls, total_exec_time, mean_exec_time, plans, total_plan_time, rows,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
                from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time + total_plan_time desc limit 12
                """)
                .query((rs, n) -> String.format(
                        Locale.ROOT,
                        "| %,d | %.1f | %.3f | %,d | %.1f | %,d | `%s` |",
                        rs.getLong("calls"),
                        rs.getDouble("total_exec_time"),
                        rs.getDouble("mean_exec_time"),
                        rs.getLong("plans"),
                        rs.getDouble("total_plan_time"),
                        rs.getLong("rows"),
                        rs.getString("query").replace("|", "\\|").replace("`", "'")))
                .list();
    }

    /**
     * The plan of the API's queue page as the mix asks for it (the body's queue within the staff member's scope,
     * page 5 of 20), measured: the statement of {@code PetitionQueries.queue} with the same parameters.
     */
    private static List<String> queuePlan(JdbcClient jdbc, ApiClient client, ConfigurableApplicationContext app) {
        Long[] scope = app.getBean(OrganizationDirectory.class)
                .bodyWithSubordinates(client.bodyId())
                .toArray(Long[]::new);
        List<String> plan = new ArrayList<>();
        // As PetitionQueries.queue asked until 2026-11-30 (the staff member's scope beside the body asked for), and
        // as it asks now (the body alone, checked in scope before the query).
        for (String scoped : List.of(" and p.body_id = any(:scope)", "")) {
            plan.addAll(List.of(
                    "",
                    "The API's queue page (page 5 of 20)" + (scoped.isEmpty() ? ", the body alone" : ", body and scope")
                            + ", EXPLAIN (ANALYZE, BUFFERS):",
                    "",
                    "```"));
            var statement = jdbc.sql("""
                    explain (analyze, buffers)
                    select p.id, p.tracking_code, p.title, p.petition_type, p.field_code, p.state, p.received_on,
                           p.current_due as due, p.petitioner_name, p.identity_sealed, p.commune_code, p.body_id
                    from petition.petition p
                    join (select p.id from petition.petition p where true%s and p.body_id = :body
                          order by p.current_due asc nulls last, p.received_on desc, p.id desc
                          limit 21 offset 80) page on page.id = p.id
                    order by p.current_due asc nulls last, p.received_on desc, p.id desc
                    """.formatted(scoped)).param("body", client.bodyId());
            if (!scoped.isEmpty()) {
                statement = statement.param("scope", scope);
            }
            plan.addAll(statement.query(String.class).list().stream()
                    .map(line -> line.length() > 220 ? line.substring(0, 220) + "…" : line)
                    .toList());
            plan.add("```");
        }
        return plan;
    }

    /** An open-loop plan at the run's rate: a warm-up of half the measurement (at least 5 s), then the measurement. */
    private static Properties openSpec(String name, int port, Settings settings) {
        Properties spec = new Properties();
        spec.setProperty("name", name);
        spec.setProperty("host", "127.0.0.1");
        spec.setProperty("port", String.valueOf(port));
        spec.setProperty("rate", String.valueOf(settings.rate()));
        spec.setProperty("connections", String.valueOf(settings.openConnections()));
        long millis = settings.intakeDuration().toMillis();
        spec.setProperty("warmUpMillis", String.valueOf(Math.max(Math.min(5_000, millis), millis / 2)));
        spec.setProperty("durationMillis", String.valueOf(millis));
        return spec;
    }

    private static Benchmarks.Throughput intake(
            ConfigurableApplicationContext app,
            Benchmarks benchmarks,
            Settings settings,
            AtomicLong peak,
            boolean external)
            throws Exception {
        // Two hundred client systems (provincial portals, hotlines), each within the default limit of an hour.
        ApiClientManagement clients = app.getBean(ApiClientManagement.class);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(clients.issue("bench " + i + " " + System.nanoTime(), null).key());
        }
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(Benchmarks.residentMegabytes(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            return external
                    ? benchmarks.intakeFromWrk(port, keys, settings.clients(), settings.intakeDuration(), WORK)
                    : benchmarks.intake(port, keys, settings.clients(), settings.intakeDuration());
        } finally {
            sampler.interrupt();
        }
    }

    public static String markdown(Results results, long startupMillis) {
        List<String> lines = new ArrayList<>();
        if (results.generated() != null) {
            var g = results.generated();
            lines.add(String.format(
                    Locale.ROOT,
                    "Generated %,d petitions and %,d visits over %,d communes and %,d bodies in %.1f s.",
                    g.petitions(),
                    g.visits(),
                    g.communes(),
                    g.bodies(),
                    g.millis() / 1000.0));
        }
        lines.add(String.format(
                Locale.ROOT,
                "Petitions in the database: %,d. Start-up to ready: %.1f s. PostgreSQL: %s.",
                results.petitionsInDatabase(),
                startupMillis / 1000.0,
                results.durability()));
        lines.add("");
        lines.add(
                "| benchmark | p50 ms | p95 ms | baseline | baseline p50 ms | baseline p95 ms | ratio p50 | ratio p95 |");
        lines.add("|---|---:|---:|---|---:|---:|---:|---:|");
        List<Benchmarks.Pair> pairs = new ArrayList<>();
        if (results.report() != null) {
            pairs.add(results.report());
        }
        pairs.addAll(results.queue());
        for (var pair : pairs) {
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s (%d) | %.1f | %.1f | %s | %.2f | %.2f | %.1f× | %.1f× |",
                    pair.measured().name(),
                    pair.measured().samples(),
                    pair.measured().p50(),
                    pair.measured().p95(),
                    pair.baseline().name(),
                    pair.baseline().p50(),
                    pair.baseline().p95(),
                    pair.ratioP50(),
                    pair.ratioP95()));
        }
        List<Benchmarks.Throughput> throughputs = new ArrayList<>();
        for (var t : Arrays.asList(
                results.intake(),
                results.insertBaseline(),
                results.petitionInsertBaseline(),
                results.httpFloor(),
                results.tokenOnly(),
                results.apiWithToken(),
                results.apiWithTokenCountedPages(),
                results.apiWithBasic())) {
            if (t != null) {
                throughputs.add(t);
            }
        }
        if (!throughputs.isEmpty()) {
            lines.add("");
            lines.add(
                    "| throughput (closed loop: each client sends again when answered) | clients | requests | errors | "
                            + "per second | p50 ms | p99 ms |");
            lines.add("|---|---:|---:|---:|---:|---:|---:|");
            for (var t : throughputs) {
                lines.add(String.format(
                        Locale.ROOT,
                        "| %s | %d | %,d | %d | %,.0f | %.1f | %.1f |",
                        t.name(),
                        t.clients(),
                        t.requests(),
                        t.errors(),
                        t.perSecond(),
                        t.latency().p50(),
                        t.latency().p99()));
            }
            lines.add("");
        }
        var api = results.apiWithToken();
        var floor = results.httpFloor();
        if (api != null && floor != null && results.tokenOnly() != null && results.apiWithBasic() != null) {
            lines.add(String.format(
                    Locale.ROOT,
                    "Closed loop, at saturation (%d clients): authentication by token alone / HTTP floor: %.3f. Petition "
                            + "API with a bearer token / HTTP floor: %.3f; with a token / with Basic: %.1f×. The mix "
                            + "at most %,.0f requests/s, p99 %.1f ms.",
                    api.clients(),
                    results.tokenOnly().perSecond() / Math.max(floor.perSecond(), 0.001),
                    api.perSecond() / Math.max(floor.perSecond(), 0.001),
                    api.perSecond() / Math.max(results.apiWithBasic().perSecond(), 0.001),
                    api.perSecond(),
                    api.latency().p99()));
            if (api.cpu() != null) {
                lines.add(String.format(
                        Locale.ROOT,
                        "Processor time per request of the closed-loop mix: application %.2f ms, PostgreSQL %.2f ms, "
                                + "the rest (wrk, the kernel) %.2f ms; busy %.0f %%.",
                        api.cpu().application(),
                        api.cpu().database(),
                        api.cpu().rest(),
                        api.cpu().machineBusy() * 100));
            }
        }
        var openApi = results.openApi();
        var openFloor = results.openFloor();
        if (openApi != null && openFloor != null) {
            lines.add("");
            lines.add("| open loop (constant arrival rate; latency from each request's due time) | rate /s | "
                    + "connections | requests | errors | achieved /s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | "
                    + "ms of CPU a request: application / PostgreSQL / load generator / rest | busy |");
            lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
            for (var run : List.of(openFloor, openApi)) {
                var r = run.result();
                var cpu = run.cpu();
                lines.add(String.format(
                        Locale.ROOT,
                        "| %s | %,.0f | %d | %,d | %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f / %.2f / %s / %.2f | "
                                + "%.0f %% |",
                        r.name(),
                        r.rate(),
                        r.connections(),
                        r.requests(),
                        r.errors(),
                        r.achievedPerSecond(),
                        r.p50(),
                        r.p90(),
                        r.p99(),
                        r.p999(),
                        r.max(),
                        cpu.application(),
                        cpu.database(),
                        Double.isNaN(cpu.client())
                                ? "in the application's"
                                : String.format(Locale.ROOT, "%.2f", cpu.client()),
                        cpu.rest(),
                        cpu.machineBusy() * 100));
            }
            lines.add("");
            var r = openApi.result();
            boolean met =
                    r.rate() >= 1000 && r.errors() == 0 && r.achievedPerSecond() >= 0.99 * r.rate() && r.p99() <= 100;
            lines.add(String.format(
                    Locale.ROOT,
                    "Goal ≥ 1,000 requests/s at p99 ≤ 100 ms, measured open-loop at %,.0f/s: **%s** (%,.0f/s achieved, "
                            + "p99 %.1f ms, p99.9 %.1f ms, %d errors). The HTTP floor at the same rate: p99 %.1f ms "
                            + "(mix / floor at p99: %.1f×). Requests that waited for a free connection: p99 %.1f ms "
                            + "late, all %d connections busy %d times%s.",
                    r.rate(),
                    met ? "met" : "not met",
                    r.achievedPerSecond(),
                    r.p99(),
                    r.p999(),
                    r.errors(),
                    openFloor.result().p99(),
                    r.p99() / Math.max(openFloor.result().p99(), 0.001),
                    r.sendLagP99(),
                    r.connections(),
                    r.connectionsExhausted(),
                    r.connectionsExhausted() > 0
                            ? " (the server fell behind: the latencies still count from the due time)"
                            : ""));
        }
        if (!results.openApiStatements().isEmpty()) {
            lines.add("");
            lines.add(
                    "The open-loop mix's dearest statements (pg_stat_statements; execution and planning time, not processor "
                            + "time; planning is counted with pg_stat_statements.track_planning=on):");
            lines.add("");
            lines.add("| calls | total ms | mean ms | plans | planning ms | rows | statement |");
            lines.add("|---:|---:|---:|---:|---:|---:|---|");
            lines.addAll(results.openApiStatements());
        }
        if (results.intake() == null) {
            return String.join("\n", lines) + "\n";
        }
        if (results.petitionInsertBaseline() != null) {
            lines.add(String.format(
                    Locale.ROOT,
                    "Intake / single-row INSERTs of petitions (the petition table): %.3f.",
                    results.intake().perSecond()
                            / Math.max(results.petitionInsertBaseline().perSecond(), 0.001)));
        }
        lines.add(String.format(
                Locale.ROOT,
                "Intake / single-row INSERTs into a narrow table: %.3f. Peak resident memory of the JVM during intake: %d MB.",
                results.intake().perSecond() / Math.max(results.insertBaseline().perSecond(), 0.001),
                results.peakResidentMegabytes()));
        if (results.intake().cpu() != null) {
            var cpu = results.intake().cpu();
            lines.add(String.format(
                    Locale.ROOT,
                    "Processor time per petition taken in: application %.2f ms, PostgreSQL %.2f ms, the rest of the "
                            + "machine (load generator, kernel) %.2f ms; the machine's processors were busy %.0f %% of the time.",
                    cpu.application(),
                    cpu.database(),
                    cpu.rest(),
                    cpu.machineBusy() * 100));
        }
        if (floor != null && floor.cpu() != null) {
            lines.add(String.format(
                    Locale.ROOT,
                    "HTTP floor / narrow-table INSERTs: %.3f; intake / HTTP floor: %.3f. Processor time per request of "
                            + "the floor: application %.2f ms, PostgreSQL %.2f ms, the rest %.2f ms; busy %.0f %%.",
                    floor.perSecond() / Math.max(results.insertBaseline().perSecond(), 0.001),
                    results.intake().perSecond() / Math.max(floor.perSecond(), 0.001),
                    floor.cpu().application(),
                    floor.cpu().database(),
                    floor.cpu().rest(),
                    floor.cpu().machineBusy() * 100));
        }
        return String.join("\n", lines) + "\n";
    }
}
