package vn.danvan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.danvan.DanvanApplication;

/**
 * {@code bench/run}: starts danvan (embedded PostgreSQL under {@code DANVAN_HOME}, or the datasource given),
 * fills it to {@code --petitions} if it holds fewer, runs the benchmarks and prints the results.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        var settings = new BenchRun.Settings(
                Long.parseLong(options.getOrDefault("petitions", "10000000")),
                Long.parseLong(options.getOrDefault("seed", "20261123")),
                Path.of(options.getOrDefault("units", "src/main/resources/admin-units")),
                Integer.parseInt(options.getOrDefault("report-choices", "200")),
                Integer.parseInt(options.getOrDefault("queue-runs", "100")),
                Integer.parseInt(options.getOrDefault("clients", "32")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60"))),
                options.containsKey("only") ? Set.of(options.get("only").split(",")) : Set.of(),
                !"in-process".equals(options.get("load")),
                Double.parseDouble(options.getOrDefault("rate", "1000")),
                Integer.parseInt(options.getOrDefault("open-connections", "128")));
        long start = System.nanoTime();
        // PostgreSQL as a production server would run: durable commits, a buffer cache of a modest machine's
        // share (the embedded server's defaults are fsync off, asynchronous commit, 128 MB), and checkpoints
        // far enough apart that a page changed again is not written whole into the WAL again each time
        // (with 1 GB between checkpoints, a petition wrote four full pages; docs/performance.md).
        List<String> properties = new ArrayList<>(List.of(
                "--danvan.demo.enabled=false",
                "--danvan.embedded-postgres.server[fsync]=on",
                "--danvan.embedded-postgres.server[synchronous_commit]=on",
                "--danvan.embedded-postgres.server[shared_buffers]=" + options.getOrDefault("shared-buffers", "2GB"),
                "--danvan.embedded-postgres.server[max_wal_size]=8GB",
                "--danvan.embedded-postgres.server[checkpoint_timeout]=30min",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.vn.danvan=WARN"));
        // Application properties given on the command line (a dotted name) go to the application, last so they win.
        Arrays.stream(args)
                .filter(arg -> arg.startsWith("--")
                        && arg.contains("=")
                        && arg.substring(0, arg.indexOf('=')).contains("."))
                .forEach(properties::add);
        var app = new SpringApplicationBuilder(DanvanApplication.class).run(properties.toArray(String[]::new));
        long startup = (System.nanoTime() - start) / 1_000_000;
        try {
            // The online votes (issue 18) need no petitions: run alone, they skip the national data.
            // The same-matter matcher (issue 20) fills its own table: run alone, it skips the national data too.
            String markdown = Set.of("matcher").equals(settings.only())
                    ? new MatcherBench(
                                    app,
                                    new MatcherBench.Settings(
                                            Long.parseLong(options.getOrDefault("samples", "10000000")),
                                            Integer.parseInt(options.getOrDefault("lookups", "2000")),
                                            settings.seed()))
                            .run()
                    : Set.of("votes").equals(settings.only())
                            ? new VoteBench(
                                            app,
                                            new VoteBench.Settings(
                                                    Integer.parseInt(options.getOrDefault("households", "1000000")),
                                                    Integer.parseInt(options.getOrDefault("accounts", "64")),
                                                    Double.parseDouble(options.getOrDefault("rate", "5000")),
                                                    settings.openConnections(),
                                                    settings.clients(),
                                                    settings.intakeDuration()))
                                    .run()
                            : BenchRun.markdown(BenchRun.run(app, settings), startup);
            System.out.println(markdown);
            Path out = Path.of(options.getOrDefault("out", "target/bench-results.md"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, markdown);
        } finally {
            app.close();
        }
    }
}
