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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.danvan.democracy.CommunityDecisions;
import vn.danvan.organization.AdministrativeUnitImport;

/**
 * {@code bench/run --only=votes} (issue 18): one commune-wide k6 matter voted online by {@code households}
 * households through the real portal endpoint (session cookie, CSRF token, form POST), closed-loop for the most
 * it takes and open-loop at {@code rate}, beside pgbench single-row inserts into a table shaped like the vote
 * table; then checks that every acknowledged vote is counted exactly once, that a household voting from two
 * devices at once counts once, and that the live tally equals a plain count.
 *
 * <p>Households share {@code accounts} citizen accounts (each the representative of households/accounts
 * households), signed in once each through the real login form: a session per household would cost a bcrypt
 * login per household before the first vote and measure the login, not the vote. The vote statement checks the
 * representative per household all the same.
 */
final class VoteBench {

    private String commune = "";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Path UNITS = Path.of("src/main/resources/admin-units");
    private static final String PASSWORD = "mat-khau-bench-bieu-quyet";

    record Settings(int households, int accounts, double rate, int openConnections, int clients, Duration duration) {}

    private record Session(String cookie, String csrf) {}

    private static final Pattern BALLOT = Pattern.compile("\"token\":\"(\\d+\\.(\\d+)\\.[^\"]+)\"");

    private final ConfigurableApplicationContext app;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Settings settings;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private long matterId;
    private long firstHousehold;
    /** The ballot token of household index n, as the matter page gave it to its representative. */
    private String[] ballots = new String[0];
    /** Open-loop votes not started 10 s after the last one was due are given up (and counted as errors). */
    private volatile long giveUpAt = Long.MAX_VALUE;
    /** Households acknowledged (200 from the vote API). */
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    /** Households this JVM's client sent a vote for (the others went through wrk or OpenLoad). */
    private final Set<Long> sentHere = ConcurrentHashMap.newKeySet();

    private final AtomicLong errors = new AtomicLong();
    /** The answers that were not an acknowledgement, by status and redirect (or exception), for the report. */
    private final ConcurrentHashMap<String, Long> refusals = new ConcurrentHashMap<>();
    /** The next household index (0-based, below households) not yet handed to a client. */
    private final AtomicInteger cursor = new AtomicInteger();

    VoteBench(ConfigurableApplicationContext app, Settings settings) {
        this.app = app;
        this.dataSource = app.getBean(DataSource.class);
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
        this.base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    String run() throws Exception {
        var out = new StringBuilder("# Online votes (issue 18)\n\n");
        long setUpStart = System.nanoTime();
        // Processor time of this benchmark's PostgreSQL only (the machine may run other servers).
        Benchmarks.ownDatabase =
                jdbc.sql("show data_directory").query(String.class).single();
        setUp();
        out.append(String.format(
                Locale.ROOT,
                "Set-up: %,d households in %d hamlets, %d representative accounts, matter %d, in %.1f s%n%n",
                settings.households(),
                hamlets(),
                settings.accounts(),
                matterId,
                (System.nanoTime() - setUpStart) / 1e9));
        long tokensStart = System.nanoTime();
        List<Session> sessions = new ArrayList<>();
        ballots = new String[settings.households()];
        for (int account = 0; account < settings.accounts(); account++) {
            Session session = signIn(account);
            sessions.add(session);
            ballotsOf(session);
        }
        out.append(String.format(
                Locale.ROOT,
                "Sign-in of %d accounts and their matter pages (the ballot tokens of every household): %.1f s%n%n",
                settings.accounts(),
                (System.nanoTime() - tokensStart) / 1e9));
        // A second device of each account: its own session and matter page, the same tokens.
        List<Session> second = new ArrayList<>(sessions);
        // The checks' phase, from this JVM's client, which knows the household of every acknowledgement (it also warms
        // the server up; its votes are checked like the others).
        var checked = closedLoop(sessions, settings.duration().dividedBy(5));
        long checkedErrors = errors.getAndSet(0);
        boolean external = Benchmarks.available("wrk");
        boolean statements = BenchRun.statementsTracked(jdbc);
        if (statements) {
            jdbc.sql("select pg_stat_statements_reset()").query().listOfRows();
        }
        // What the open loop will need (its warm-up included) is set aside before the closed loop takes the rest.
        long openWarmUp = Math.max(
                Math.min(5_000, settings.duration().toMillis()),
                settings.duration().toMillis() / 2);
        int openQuota = (int) Math.min(Integer.MAX_VALUE, (long)
                Math.ceil(settings.rate() * (openWarmUp + settings.duration().toMillis()) / 1000));
        int left = settings.households() - 1000 - cursor.get();
        int closedQuota = Math.max(0, left - openQuota);
        long[] before = serverCounters();
        Run closed;
        String closedNote;
        if (external) {
            // A warm-up from wrk first (not counted, its votes checked alike): the checks' phase alone left the JIT
            // cold — the closed loop then ran at a twelfth of the HTTP floor measured after the open loop.
            long warmUpSeconds = Math.max(5, settings.duration().toSeconds() / 2);
            int warmQuota = (int) (closedQuota
                    * warmUpSeconds
                    / (warmUpSeconds + settings.duration().toSeconds()));
            wrkClosedLoop("votes-warm-up", warmQuota, warmUpSeconds);
            errors.set(0);
            var wrk = wrkClosedLoop(
                    "votes-closed", closedQuota - warmQuota, settings.duration().toSeconds());
            closed = wrk.run();
            closedNote = wrk.note();
        } else {
            closed = closedLoop(sessions, settings.duration());
            closedNote = "from this JVM's HttpClient (wrk is not installed)";
        }
        long[] after = serverCounters();
        List<String> top = statements ? BenchRun.topStatements(jdbc) : List.of();
        long closedErrors = errors.getAndSet(0);
        Run open;
        String openNote;
        if (external) {
            var own = openLoopOwnProcess(openQuota, openWarmUp);
            open = own.run();
            openNote = own.note();
        } else {
            open = openLoop(sessions, settings.duration());
            openNote = "from this JVM";
        }
        long openErrors = errors.getAndSet(0);
        // The HTTP floor in the same run: the same server and connections answering a GET that reads nothing from the
        // database — what a request costs before any work of its own (as the API benchmark measures it).
        Benchmarks.Throughput floor =
                external ? benchmarks().httpFloorFromWrk(port(), settings.clients(), settings.duration()) : null;
        var baseline = Benchmarks.voteInsertBaselineFromPgbench(
                dataSource, settings.clients(), settings.duration(), Path.of("target", "bench-work"));
        out.append("| run | clients | votes | errors | votes/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
        out.append(row(
                "checks' phase, closed loop from this JVM (also the warm-up)",
                settings.clients(),
                checked,
                checkedErrors));
        out.append(row(
                "votes, closed loop " + (external ? "from wrk" : "from this JVM"),
                settings.clients(),
                closed,
                closedErrors));
        out.append(row(
                "votes, open loop at " + (long) settings.rate() + "/s (latency from the intended start)",
                settings.openConnections(),
                open,
                openErrors));
        out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.0f | %.2f | %.2f |%n",
                baseline.name(),
                baseline.clients(),
                baseline.requests(),
                baseline.errors(),
                baseline.perSecond(),
                baseline.latency().p50(),
                baseline.latency().p99()));
        if (floor != null) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.0f | %.2f | %.2f |%n",
                    floor.name(),
                    floor.clients(),
                    floor.requests(),
                    floor.errors(),
                    floor.perSecond(),
                    floor.latency().p50(),
                    floor.latency().p99()));
        }
        out.append("\nClosed loop: ")
                .append(closedNote)
                .append("\n\nOpen loop: ")
                .append(openNote)
                .append('\n');
        if (floor != null && floor.cpu() != null) {
            out.append(String.format(
                    Locale.ROOT,
                    "%nHTTP floor: processor time a request: application's JVM %.2f ms, PostgreSQL %.2f ms, the rest"
                            + " (wrk, the kernel) %.2f ms; machine busy %.0f %%.%n",
                    floor.cpu().application(),
                    floor.cpu().database(),
                    floor.cpu().rest(),
                    100 * floor.cpu().machineBusy()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nClosed-loop votes/s ÷ pgbench inserts/s: %.2f (goal ≥ 0.5). Load average now: %s%n%n",
                closed.perSecond / Math.max(baseline.perSecond(), 0.001),
                loadAverage()));
        out.append(String.format(
                Locale.ROOT,
                "Closed loop, a vote costs the server %.1f commits and %.0f bytes of WAL (all sessions' work"
                        + " included).%n%n",
                (after[0] - before[0]) / (double) Math.max(1, closed.votes()),
                (after[1] - before[1]) / (double) Math.max(1, closed.votes())));
        if (!top.isEmpty()) {
            out.append("The closed loop's statements (pg_stat_statements, by time):\n\n"
                    + "| calls | total ms | mean ms | plans | plan ms | rows | statement |\n"
                    + "|---:|---:|---:|---:|---:|---:|---|\n");
            top.forEach(line -> out.append(line).append('\n'));
            out.append('\n');
        }
        out.append(check(
                "closed loop ≥ 5,000 votes/s",
                closed.perSecond >= 5000,
                String.format(Locale.ROOT, "%.0f/s", closed.perSecond)));
        out.append(check(
                "open loop at the rate: p99 ≤ 100 ms, achieved ≥ 95 % of the rate",
                open.p99 <= 100 && open.perSecond >= 0.95 * settings.rate(),
                String.format(Locale.ROOT, "p99 %.1f ms, %.0f/s", open.p99, open.perSecond)));
        out.append(check(
                "votes/s ≥ 0.5 × pgbench inserts/s",
                closed.perSecond >= 0.5 * baseline.perSecond(),
                String.format(Locale.ROOT, "%.0f vs %.0f", closed.perSecond, baseline.perSecond())));
        externalChecks.forEach(out::append);
        out.append(doubleVotes(sessions, second));
        out.append(countedOnce());
        out.append(liveTally());
        if (!refusals.isEmpty()) {
            out.append("\nAnswers that were not an acknowledgement: ")
                    .append(refusals)
                    .append('\n');
        }
        return out.toString();
    }

    /** Transactions committed in this database, and the WAL position in bytes. */
    private long[] serverCounters() {
        return jdbc.sql("""
                select xact_commit, pg_current_wal_lsn() - '0/0'::pg_lsn from pg_stat_database
                where datname = current_database()
                """)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private int hamlets() {
        return Math.max(1, settings.households() / 5000);
    }

    /** The commune, its hamlets, households and representatives, and an open online k6 matter, in plain SQL. */
    private void setUp() throws IOException {
        int communes = jdbc.sql("select count(*)::int from organization.administrative_unit where level = 'COMMUNE'")
                .query(Integer.class)
                .single();
        if (communes == 0) {
            try (var provinces = Files.newInputStream(UNITS.resolve("provinces.csv"));
                    var list = Files.newInputStream(UNITS.resolve("communes.csv"))) {
                app.getBean(AdministrativeUnitImport.class).importProvinces(provinces);
                app.getBean(AdministrativeUnitImport.class).importCommunes(list);
            }
        }
        commune = jdbc.sql("""
                select min(code) from organization.administrative_unit where level = 'COMMUNE' and valid_to is null
                """).query(String.class).single();
        long body = jdbc.sql("select coalesce(min(id), 0) from organization.body")
                .query(Long.class)
                .single();
        String hash = app.getBean(PasswordEncoder.class).encode(PASSWORD);
        int existing =
                jdbc.sql("""
                select count(*)::int from democracy.household h join democracy.hamlet t on t.id = h.hamlet_id
                where t.commune_code = :commune and t.name like 'Thôn thử tải %'
                """).param("commune", commune).query(Integer.class).single();
        int accounts = jdbc.sql("select count(*)::int from portal.citizen_account where email like 'bench-vote-%'")
                .query(Integer.class)
                .single();
        if (existing != settings.households() || accounts != settings.accounts()) {
            jdbc.sql("""
                    delete from democracy.matter_choice where matter_id in
                        (select id from democracy.matter where created_by = 'bench')
                    """).param("commune", commune).update();
            jdbc.sql("""
                    delete from democracy.matter_vote where matter_id in
                        (select id from democracy.matter where created_by = 'bench')
                    """).param("commune", commune).update();
            jdbc.sql("delete from democracy.matter where created_by = 'bench'")
                    .param("commune", commune)
                    .update();
            jdbc.sql("""
                    delete from democracy.household where hamlet_id in
                        (select id from democracy.hamlet where name like 'Thôn thử tải %')
                    """).param("commune", commune).update();
            jdbc.sql("delete from democracy.hamlet where name like 'Thôn thử tải %'")
                    .param("commune", commune)
                    .update();
            jdbc.sql("delete from portal.citizen_account where email like 'bench-vote-%'")
                    .update();
            jdbc.sql("""
                    insert into portal.citizen_account (email, password_hash, full_name)
                    select 'bench-vote-' || n || '@example.invalid', :hash, 'Đại diện hộ ' || n
                    from generate_series(0, :accounts - 1) n
                    """)
                    .param("hash", hash)
                    .param("accounts", settings.accounts())
                    .update();
            jdbc.sql("""
                    insert into democracy.hamlet (body_id, commune_code, name, kind)
                    select :body, :commune, 'Thôn thử tải ' || n, 'HAMLET' from generate_series(1, :hamlets) n
                    """)
                    .param("body", body)
                    .param("commune", commune)
                    .param("hamlets", hamlets())
                    .update();
            jdbc.sql("""
                    insert into democracy.household
                        (hamlet_id, code, head_name, representative_name, members, representative_account)
                    select t.id, 'H' || n, 'Chủ hộ ' || n, 'Đại diện hộ ' || n, 4, a.id
                    from generate_series(0, :households - 1) n
                        join democracy.hamlet t on t.commune_code = :commune
                            and t.name = 'Thôn thử tải ' || (n % :hamlets + 1)
                        join portal.citizen_account a on a.email = 'bench-vote-' || (n % :accounts) || '@example.invalid'
                    order by n
                    """)
                    .param("households", settings.households())
                    .param("commune", commune)
                    .param("hamlets", hamlets())
                    .param("accounts", settings.accounts())
                    .update();
            jdbc.sql("analyze democracy.household").update();
        }
        firstHousehold =
                jdbc.sql("""
                select min(h.id) from democracy.household h join democracy.hamlet t on t.id = h.hamlet_id
                where t.commune_code = :commune and t.name like 'Thôn thử tải %'
                """).param("commune", commune).query(Long.class).single();
        matterId = jdbc.sql("""
                insert into democracy.matter (body_id, commune_code, category, form, title, question, closes_at,
                    created_by)
                values (:body, :commune, 'K6', 'ONLINE', 'Biểu quyết thử tải', 'Đồng ý làm đường liên thôn?',
                    now() + interval '1 day', 'bench')
                returning id
                """)
                .param("body", body)
                .param("commune", commune)
                .query(Long.class)
                .single();
    }

    /** Household index n (0-based) is the household with id firstHousehold + n, represented by account n % accounts. */
    private long household(int n) {
        return firstHousehold + n;
    }

    private Session signIn(int account) throws Exception {
        var login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/portal/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(login, "");
        var matcher = CSRF.matcher(login.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var signedIn = http.send(
                form(
                        base + "/portal/login",
                        cookie,
                        "login=bench-vote-" + account + "@example.invalid&password=" + PASSWORD + "&_csrf="
                                + enc(matcher.group(1))),
                HttpResponse.BodyHandlers.ofString());
        cookie = cookie(signedIn, cookie);
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused for account " + account);
        }
        // The token changes at sign-in; the login page's form shows the session's new one (the matter page would
        // list every household the representative stands for).
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/portal/login"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("the login page answered " + page.statusCode() + " after sign-in");
        }
        return new Session(cookie(page, cookie), token.group(1));
    }

    /**
     * The matter page's ballots of a signed-in representative, in their JSON form (the same list and tokens as the
     * page; rendering 15,625 forms a page for a million households took minutes an account): a token a household.
     */
    private void ballotsOf(Session session) throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/portal/matters/" + commune + "/" + matterId + "/ballots"))
                        .header("Cookie", session.cookie())
                        .timeout(Duration.ofMinutes(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the matter page answered " + page.statusCode());
        }
        var tokens = BALLOT.matcher(page.body());
        while (tokens.find()) {
            ballots[(int) (Long.parseLong(tokens.group(2)) - firstHousehold)] = tokens.group(1);
        }
    }

    private static String cookie(HttpResponse<?> response, String current) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((a, b) -> b)
                .orElse(current);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest form(String url, String cookie, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** One vote through the vote API with the household's ballot token; true when acknowledged (200). */
    private boolean vote(Session session, long household) {
        String choice = household % 3 == 0 ? "DISAGREE" : "AGREE";
        String token = ballots[(int) (household - firstHousehold)];
        if (token == null) {
            errors.incrementAndGet();
            refusals.merge("no ballot token on the matter page", 1L, Long::sum);
            return false;
        }
        sentHere.add(household);
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/votes"))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"token\":\"" + token + "\",\"choice\":\"" + choice + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == 200;
            if (ok) {
                acknowledged.add(household);
            } else {
                errors.incrementAndGet();
                String body = response.body();
                refusals.merge(
                        response.statusCode() + " " + body.substring(0, Math.min(120, body.length())), 1L, Long::sum);
            }
            return ok;
        } catch (Exception failed) {
            errors.incrementAndGet();
            refusals.merge(failed.getClass().getSimpleName(), 1L, Long::sum);
            return false;
        }
    }

    private record Run(long votes, double perSecond, double p50, double p99) {}

    /** A throughput phase's figures and what to say beside them (the load generator, its checks, CPU shares). */
    private record Phase(Run run, String note) {}

    /** The checks of the phases driven from another process, printed with the others. */
    private final List<String> externalChecks = new ArrayList<>();

    /** Households handed to another process, from the cursor: the first index, and how many (fewer at the end). */
    private int[] block(int wanted) {
        int limit = settings.households() - 1000; // the last thousand are kept for the double votes
        int from = Math.min(cursor.getAndAdd(Math.max(0, wanted)), limit);
        return new int[] {from, Math.max(0, Math.min(wanted, limit - from))};
    }

    /** The vote bodies of households [from, from + count), one JSON line each, as VoteApi takes them. */
    private Path bodies(String name, int[] block) throws IOException {
        Path file = Path.of("target", "bench-work", name + ".jsonl");
        Files.createDirectories(file.getParent());
        try (var writer = Files.newBufferedWriter(file)) {
            for (int n = block[0]; n < block[0] + block[1]; n++) {
                String token = ballots[n];
                if (token == null) {
                    continue;
                }
                writer.write("{\"token\":\"" + token + "\",\"choice\":\""
                        + (household(n) % 3 == 0 ? "DISAGREE" : "AGREE") + "\"}\n");
            }
        }
        return file;
    }

    private int rows() {
        return jdbc.sql("select count(*)::int from democracy.matter_vote where matter_id = :matter")
                .param("matter", matterId)
                .query(Integer.class)
                .single();
    }

    /**
     * The closed loop from wrk (a process of its own, bench/votes.lua): {@code clients} connections for the run's
     * seconds, each request a household not voted yet. Acknowledged = 200s counted by the script; since each
     * household is sent once, the table must gain as many rows, give or take the votes in flight when wrk stopped
     * (stored, their answers never read: at most one a connection).
     */
    private Phase wrkClosedLoop(String name, int quota, long seconds) throws Exception {
        int[] block = block(quota);
        Path file = bodies(name, block);
        int threads = Math.max(1, Math.min(2, settings.clients()));
        int rowsBefore = rows();
        double[] cpuBefore = Benchmarks.cpuMillis();
        var process = new ProcessBuilder(
                        "wrk",
                        "-t" + threads,
                        "-c" + settings.clients(),
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "--latency",
                        "-s",
                        Path.of("bench", "votes.lua").toString(),
                        base,
                        "--",
                        file.toString(),
                        "/api/v1/votes",
                        String.valueOf(threads))
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !out.contains("VOTES ok=")) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        double[] cpuAfter = Benchmarks.cpuMillis();
        System.out.println(out);
        int added = rows() - rowsBefore;
        long ok = Long.parseLong(match(out, "VOTES ok=(\\d+)"));
        long refused = Long.parseLong(match(out, "refused=(\\d+)"));
        long spent = Long.parseLong(match(out, "spent=(\\d+)"));
        double elapsed = Double.parseDouble(match(out, "requests in ([\\d.]+)s"));
        String socketErrors = out.contains("Socket errors") ? match(out, "Socket errors: (.*)") : "none";
        errors.addAndGet(refused);
        if (refused > spent) {
            refusals.merge("wrk: refused (not 200) besides the spent tokens", refused - spent, Long::sum);
        }
        var cpu = Benchmarks.cpuPerRequest(cpuBefore, cpuAfter, ok);
        externalChecks.add(check(
                "wrk (" + name + "): its acknowledged votes are all in the table, each household once",
                added >= ok && added - ok <= settings.clients() && refused == spent && "none".equals(socketErrors),
                String.format(
                        Locale.ROOT,
                        "%,d households sent at most once each, %,d acknowledged (200), %,d rows added, %,d refused"
                                + " (%,d of them spent tokens: households ran out), socket errors: %s",
                        block[1],
                        ok,
                        added,
                        refused,
                        spent,
                        socketErrors)));
        var run = new Run(
                ok,
                ok / elapsed,
                wrkMillis(match(out, "\\n\\s+50%\\s+(\\S+)")),
                wrkMillis(match(out, "\\n\\s+99%\\s+(\\S+)")));
        return new Phase(
                run,
                String.format(
                        Locale.ROOT,
                        "wrk, %d threads, %d connections, %.1f s; processor time a vote: application's JVM %.2f ms,"
                                + " PostgreSQL %.2f ms, the rest (wrk, the kernel) %.2f ms; machine busy %.0f %%%s.",
                        threads,
                        settings.clients(),
                        elapsed,
                        cpu.application(),
                        cpu.database(),
                        cpu.rest(),
                        100 * cpu.machineBusy(),
                        spent > 0 ? " (latencies include the spent tokens' quick 403s)" : ""));
    }

    /**
     * The open loop from {@link OpenLoad} in a JVM of its own, as the API benchmark runs it: votes due at the rate,
     * each a household not voted yet, latency from the due time. Its acknowledgements over the whole run (warm-up
     * included) must each have added a row.
     */
    private Phase openLoopOwnProcess(int quota, long warmUpMillis) throws Exception {
        int[] block = block(quota);
        Path file = bodies("votes-open", block);
        var spec = new java.util.Properties();
        spec.setProperty("name", "online votes");
        spec.setProperty("host", "127.0.0.1");
        spec.setProperty("port", base.substring(base.lastIndexOf(':') + 1));
        spec.setProperty("rate", String.valueOf(settings.rate()));
        spec.setProperty("connections", String.valueOf(settings.openConnections()));
        spec.setProperty("warmUpMillis", String.valueOf(warmUpMillis));
        spec.setProperty("durationMillis", String.valueOf(settings.duration().toMillis()));
        spec.setProperty("kind", "votes");
        spec.setProperty("path", "/api/v1/votes");
        spec.setProperty("bodies", file.toAbsolutePath().toString());
        int rowsBefore = rows();
        var open = benchmarks().openLoop(spec, true, Path.of("target", "bench-work"));
        int added = rows() - rowsBefore;
        var result = open.result();
        errors.addAndGet(result.errors());
        externalChecks.add(check(
                "the open loop's acknowledged votes are all in the table, each household once",
                added >= result.acknowledgedAll() && added <= block[1],
                String.format(
                        Locale.ROOT,
                        "%,d households sent at most once each, %,d acknowledged over the run (warm-up included),"
                                + " %,d rows added",
                        block[1],
                        result.acknowledgedAll(),
                        added)));
        var cpu = open.cpu();
        return new Phase(
                new Run(result.requests() - result.errors(), result.achievedPerSecond(), result.p50(), result.p99()),
                String.format(
                        Locale.ROOT,
                        "OpenLoad in a JVM of its own, %d connections at most, %,d households for %.0f s of warm-up and"
                                + " %d s measured; %d connections exhausted, send lag p99 %.1f ms; processor time a vote:"
                                + " application's JVM %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms, the rest %.2f"
                                + " ms; machine busy %.0f %%.",
                        settings.openConnections(),
                        block[1],
                        warmUpMillis / 1000.0,
                        settings.duration().toSeconds(),
                        result.connectionsExhausted(),
                        result.sendLagP99(),
                        cpu.application(),
                        cpu.database(),
                        cpu.client(),
                        cpu.rest(),
                        100 * cpu.machineBusy()));
    }

    private Benchmarks benchmarks() {
        return new Benchmarks(
                dataSource,
                app.getBean(vn.danvan.report.PetitionHandlingReports.class),
                app.getBean(vn.danvan.petition.PetitionQueries.class),
                app.getBean(vn.danvan.organization.OrganizationDirectory.class));
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static String match(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no '" + regex + "' in:\n" + text);
        }
        return matcher.group(1).strip();
    }

    private static double wrkMillis(String value) {
        double number = Double.parseDouble(value.replaceAll("[a-z]+$", ""));
        return value.endsWith("us") ? number / 1000 : value.endsWith("ms") ? number : number * 1000;
    }

    /** The next household not yet voted, with the session of its representative; -1 when all have voted. */
    private int next() {
        int n = cursor.getAndIncrement();
        return n < settings.households() - 1000 ? n : -1; // the last thousand are kept for the double votes
    }

    private Run closedLoop(List<Session> sessions, Duration duration) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Double>();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        var done = new CountDownLatch(settings.clients());
        for (int c = 0; c < settings.clients(); c++) {
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        int n = next();
                        if (n < 0) {
                            return;
                        }
                        long t = System.nanoTime();
                        if (vote(sessions.get(n % settings.accounts()), household(n))) {
                            latencies.add((System.nanoTime() - t) / 1e6);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        var stats = Benchmarks.Stats.of("closed", new ArrayList<>(latencies));
        return new Run(stats.samples(), stats.samples() / seconds, stats.p50(), stats.p99());
    }

    /**
     * Votes arriving at a fixed rate whatever the answers' pace, each timed from when it should have been sent
     * (coordinated omission corrected); at most openConnections in flight, waiting for one counts in the latency.
     */
    private Run openLoop(List<Session> sessions, Duration duration) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Double>();
        var inFlight = new Semaphore(settings.openConnections());
        long total = (long) (settings.rate() * duration.toSeconds());
        var done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        double interval = 1e9 / settings.rate();
        // Without this, a server slower than the rate would hold the run for total / its pace (150,000 votes at
        // 150 a second: 17 minutes — why the first idle run at a million households did not finish).
        giveUpAt = start + duration.toNanos() + Duration.ofSeconds(10).toNanos();
        for (long i = 0; i < total; i++) {
            long intended = start + (long) (i * interval);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            Thread.ofVirtual().start(() -> {
                try {
                    int n = next();
                    if (n < 0) {
                        errors.incrementAndGet();
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    try {
                        if (System.nanoTime() > giveUpAt) {
                            errors.incrementAndGet();
                            refusals.merge("given up: unsent 10 s after the last due time", 1L, Long::sum);
                            return;
                        }
                        if (vote(sessions.get(n % settings.accounts()), household(n))) {
                            latencies.add((System.nanoTime() - intended) / 1e6);
                        }
                    } finally {
                        inFlight.release();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        giveUpAt = Long.MAX_VALUE;
        var stats = Benchmarks.Stats.of("open", new ArrayList<>(latencies));
        return new Run(stats.samples(), stats.samples() / seconds, stats.p50(), stats.p99());
    }

    /** The last thousand households vote from two devices at once (two sessions of the representative). */
    private String doubleVotes(List<Session> first, List<Session> second) throws Exception {
        int from = settings.households() - 1000;
        var done = new CountDownLatch(2000);
        var acks = new AtomicInteger();
        for (int n = from; n < settings.households(); n++) {
            int index = n;
            for (List<Session> device : List.of(first, second)) {
                Thread.ofVirtual().start(() -> {
                    try {
                        if (vote(device.get(index % settings.accounts()), household(index))) {
                            acks.incrementAndGet();
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
        }
        done.await();
        int rows = jdbc.sql("""
                select count(*)::int from democracy.matter_vote
                where matter_id = :matter and household_id between :from and :to
                """)
                .param("matter", matterId)
                .param("from", household(from))
                .param("to", household(settings.households() - 1))
                .query(Integer.class)
                .single();
        return check(
                "1,000 households voting from two devices at once count once each",
                rows == 1000,
                acks.get() + " of 2,000 POSTs acknowledged, " + rows + " votes in the table");
    }

    private String countedOnce() {
        List<Long> stored = jdbc.sql("select household_id from democracy.matter_vote where matter_id = :matter")
                .param("matter", matterId)
                .query(Long.class)
                .list();
        Set<Long> distinct = new HashSet<>(stored);
        long missing = acknowledged.stream().filter(h -> !distinct.contains(h)).count();
        long unacknowledged = sentHere.stream()
                .filter(h -> distinct.contains(h) && !acknowledged.contains(h))
                .count();
        return check(
                "every acknowledged vote is in the table exactly once",
                missing == 0 && distinct.size() == stored.size(),
                String.format(
                        Locale.ROOT,
                        "this JVM's client: %,d acknowledged; the matter: %,d rows, %,d distinct households; %d"
                                + " acknowledged but missing, %d sent from here and stored without an acknowledgement"
                                + " (an answer lost or timed out)",
                        acknowledged.size(),
                        stored.size(),
                        distinct.size(),
                        missing,
                        unacknowledged));
    }

    private String liveTally() throws Exception {
        var decisions = app.getBean(CommunityDecisions.class);
        var matter = decisions.publicMatter(commune, matterId);
        Thread.sleep(Duration.ofSeconds(CommunityDecisions.LIVE_TALLY_SECONDS + 1));
        var tally = decisions.liveTally(matter);
        var plain = jdbc.sql("""
                select count(*)::int, count(*) filter (where choice = 'AGREE')::int,
                    count(*) filter (where choice = 'DISAGREE')::int
                from democracy.matter_vote where matter_id = :matter
                """)
                .param("matter", matterId)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
                .single();
        boolean equal = tally.takingPart() == plain[0]
                && Integer.valueOf(plain[1]).equals(tally.agree())
                && Integer.valueOf(plain[2]).equals(tally.disagree());
        return check(
                "the tally (after its " + CommunityDecisions.LIVE_TALLY_SECONDS + " s lag) equals a plain SQL count",
                equal,
                String.format(
                        Locale.ROOT,
                        "tally %d (%s agree, %s disagree), SQL %d (%d, %d)",
                        tally.takingPart(),
                        tally.agree(),
                        tally.disagree(),
                        plain[0],
                        plain[1],
                        plain[2]));
    }

    private static String row(String name, int clients, Run run, long errors) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.0f | %.2f | %.2f |%n",
                name,
                clients,
                run.votes(),
                errors,
                run.perSecond(),
                run.p50(),
                run.p99());
    }

    private static String check(String what, boolean passed, String detail) {
        String line = (passed ? "PASS" : "FAIL") + " " + what + ": " + detail + "\n";
        System.out.print(line);
        return "- " + line;
    }
}
