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

    private static final Pattern BALLOT = Pattern.compile("name=\"token\" value=\"(\\d+\\.(\\d+)\\.[^\"]+)\"");

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
        // Warm-up: a fifth of the run, not counted in the figures (its votes are checked like the others).
        closedLoop(sessions, settings.duration().dividedBy(5));
        long warmErrors = errors.getAndSet(0);
        boolean statements = BenchRun.statementsTracked(jdbc);
        if (statements) {
            jdbc.sql("select pg_stat_statements_reset()").query().listOfRows();
        }
        long[] before = serverCounters();
        var closed = closedLoop(sessions, settings.duration());
        long[] after = serverCounters();
        List<String> top = statements ? BenchRun.topStatements(jdbc) : List.of();
        long closedErrors = errors.getAndSet(0);
        var open = openLoop(sessions, settings.duration());
        long openErrors = errors.getAndSet(0);
        var baseline = Benchmarks.voteInsertBaselineFromPgbench(
                dataSource, settings.clients(), settings.duration(), Path.of("target", "bench-work"));
        out.append("| run | clients | votes | errors | votes/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
        out.append(row("votes, closed loop", settings.clients(), closed, closedErrors));
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
        out.append(String.format(
                Locale.ROOT,
                "%nWarm-up errors: %d. Closed-loop votes/s ÷ pgbench inserts/s: %.2f (goal ≥ 0.5).%n%n",
                warmErrors,
                closed.perSecond / Math.max(baseline.perSecond(), 0.001)));
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

    /** The matter page of a signed-in representative, as a browser gets it: a ballot token for each household. */
    private void ballotsOf(Session session) throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/portal/matters/" + commune + "/" + matterId))
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
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/matters/" + matterId + "/votes"))
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
        long unacknowledged = distinct.size() - (acknowledged.size() - missing);
        return check(
                "every acknowledged vote is in the table exactly once",
                missing == 0 && distinct.size() == stored.size(),
                String.format(
                        Locale.ROOT,
                        "%,d acknowledged, %,d rows, %,d distinct households, %d acknowledged but missing, %d stored"
                                + " without an acknowledgement (an answer lost or timed out)",
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
