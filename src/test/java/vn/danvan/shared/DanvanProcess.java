package vn.danvan.shared;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.application.OrphanedPostmaster;

/**
 * The application as an operator runs it: a JVM of its own on a kept {@code $DANVAN_HOME}, with the default
 * (durable) settings, its embedded PostgreSQL on a fixed port so that the test can read the database, and its
 * output in {@code target/danvan-process.log}. It can be started again on the same home, and killed as a crash
 * would: the JVM alone, or the JVM and its PostgreSQL.
 */
final class DanvanProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Pattern CODE = Pattern.compile("\"service_request_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Path LOG = Path.of("target", "danvan-process.log");

    private final Path home;
    private final int port;
    private final int databasePort;
    private final List<String> arguments;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private DanvanProcess(Path home, List<String> arguments) throws IOException {
        this.home = home;
        this.port = freePort();
        this.databasePort = freePort();
        this.arguments = arguments;
    }

    static DanvanProcess start(Path home, String... arguments) throws Exception {
        var application = new DanvanProcess(home, List.of(arguments));
        application.start();
        return application;
    }

    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.danvan.DanvanApplication",
                "--server.port=" + port,
                "--danvan.home=" + home,
                "--danvan.embedded-postgres.port=" + databasePort,
                "--spring.main.banner-mode=off",
                // the tests' client systems submit far more than one would in an hour
                "--danvan.portal.submissions-per-client-per-hour=1000000",
                "--danvan.portal.submissions-per-ip-per-hour=1000000"));
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .start();
        Instant giveUp = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting (exit " + process.exitValue()
                        + "); see " + LOG.toAbsolutePath());
            }
            try {
                if (get("/open311/v2/services.json").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application did not answer within " + STARTUP);
    }

    int databasePort() {
        return databasePort;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application's database, with the password it generated on first start. */
    JdbcClient database() throws IOException {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {databasePort});
        source.setDatabaseName("postgres");
        source.setUser("postgres");
        source.setPassword(
                Files.readString(home.resolve("secrets/postgres.password")).strip());
        return JdbcClient.create(source);
    }

    /** An Open311 API key of a client system, issued straight into the database. */
    String issueApiKey() throws Exception {
        String key = "test-client-" + UUID.randomUUID();
        database()
                .sql("""
                insert into open311.api_client (name, key_sha256, key_prefix, created_by) values (?, ?, ?, 'test')
                """)
                .params(
                        "Test client " + key,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(key.getBytes(StandardCharsets.UTF_8))),
                        key.substring(0, 8))
                .update();
        return key;
    }

    /** A feedback submitted through Open311 in the demo's ward (the default run loads the demo data). */
    HttpRequest submission(String apiKey) {
        Map<String, String> form = Map.of(
                "api_key",
                apiKey,
                "service_code",
                "FEEDBACK-ENVIRONMENT",
                "address_id",
                "19789",
                "description",
                "Rác thải đổ trộm ven sông " + UUID.randomUUID());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url("/open311/v2/requests.json")))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Submits until one is acknowledged: the demo data, with the ward's body, loads once the application is up. */
    String firstAcknowledged(String apiKey) throws Exception {
        Instant giveUp = Instant.now().plus(STARTUP);
        HttpResponse<String> answer = send(submission(apiKey));
        while (acknowledged(answer).isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            answer = send(submission(apiKey));
        }
        String body = answer.body();
        return acknowledged(answer).orElseThrow(() -> new AssertionError(body));
    }

    /** The tracking code of an acknowledged (201) submission, if it was. */
    static Optional<String> acknowledged(HttpResponse<String> answer) {
        Matcher code = CODE.matcher(answer.body());
        return answer.statusCode() == 201 && code.find() ? Optional.of(code.group(1)) : Optional.empty();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Of these tracking codes, those without a petition in the database. */
    Set<String> missing(Set<String> codes) throws IOException {
        List<String> found = database()
                .sql("select tracking_code from petition.petition where tracking_code = any(?)")
                .param(codes.toArray(String[]::new))
                .query(String.class)
                .list();
        Set<String> missing = new HashSet<>(codes);
        found.forEach(missing::remove);
        return missing;
    }

    /** This JVM's lines of {@code target/danvan-process.log} (by its pid), e.g. what it said while stopping. */
    List<String> logLines() throws IOException {
        String marker = " " + process.pid() + " --- ";
        // Latin-1: any byte reads, and the English messages looked for are ASCII.
        try (var lines = Files.lines(LOG, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(marker)).toList();
        }
    }

    /** The JVM is killed ({@code kill -9}); its PostgreSQL goes on running, as after a crash of the JVM. */
    void killApplication() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The JVM and its PostgreSQL server with every backend are killed at once ({@code kill -9}). */
    void killApplicationAndDatabase() throws Exception {
        Optional<ProcessHandle> postmaster = postmaster();
        List<ProcessHandle> all = new ArrayList<>();
        postmaster.ifPresent(server -> {
            all.add(server);
            all.addAll(server.descendants().toList());
        });
        process.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
        for (ProcessHandle each : all) {
            each.onExit().get();
        }
    }

    Optional<ProcessHandle> postmaster() throws IOException {
        Path lock = home.resolve("postgres/postmaster.pid");
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        return ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(lock).getFirst().strip()))
                .filter(ProcessHandle::isAlive);
    }

    /** Stops the application as an operator would (SIGTERM), which stops its PostgreSQL; kills what remains. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        OrphanedPostmaster.stopIfRunning(home.resolve("postgres"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
