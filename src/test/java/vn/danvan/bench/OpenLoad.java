package vn.danvan.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Open-loop load at a constant arrival rate, as wrk2 drives it: request {@code i} is due at {@code start + i / rate}
 * whatever happened to the ones before, and its latency is counted from that due time, not from when a connection
 * was free to send it — so a server that stalls is charged for every request that should have gone out meanwhile
 * (no coordinated omission). A dispatcher thread keeps the schedule; a pool of connections, each a thread with one
 * keep-alive HTTP/1.1 socket, sends whatever is due. Should all connections be busy, the waiting requests still
 * count from their due time, and the result says so ({@code connectionsExhausted}) and by how late they left
 * ({@code sendLag}).
 *
 * <p>{@code bench/run} runs this in a JVM of its own ({@link #main}), so that the processor time of the load
 * generator — which shares the machine's cores with the server — is measured apart from the application's.
 */
public final class OpenLoad {

    /** What to send: the request due {@code n}-th, as the bytes of an HTTP/1.1 request (Host header included). */
    public interface Requests {
        byte[] request(long n);
    }

    /** The marks of the measured window, for the caller to read processor times at the same moments. */
    public interface Marks {
        void measuring();

        void done();
    }

    /**
     * A run: {@code warmUp} at the same rate (not counted), then {@code duration} measured. Latencies in
     * milliseconds from each request's due time.
     */
    public record Plan(
            String name,
            String host,
            int port,
            double rate,
            Duration warmUp,
            Duration duration,
            int connections,
            Requests requests) {}

    public record Result(
            String name,
            double rate,
            int connections,
            long requests,
            long errors,
            double achievedPerSecond,
            double p50,
            double p90,
            double p99,
            double p999,
            double max,
            double sendLagP99,
            int connectionsExhausted,
            int maxInFlight,
            long acknowledgedAll) {}

    private OpenLoad() {}

    public static Result run(Plan plan, Marks marks) throws InterruptedException {
        double periodNanos = 1e9 / plan.rate();
        long warm = (long) Math.ceil(plan.rate() * plan.warmUp().toNanos() / 1e9);
        long measured =
                Math.max(1, (long) Math.ceil(plan.rate() * plan.duration().toNanos() / 1e9));
        long total = warm + measured;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many requests for one run: " + total);
        }
        long[] sentAt = new long[(int) total];
        long[] doneAt = new long[(int) total];
        boolean[] failed = new boolean[(int) total];
        var due = new LinkedBlockingQueue<Long>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger exhausted = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000;
        // A server far behind the schedule is not waited for indefinitely: what is still unsent 10 s after the last
        // due time is given up and counted as failed (its latency, from its due time, stays in the figures).
        long giveUpAt = start + (long) (total * periodNanos) + 10_000_000_000L;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < plan.connections(); c++) {
                pool.submit(() -> {
                    var connection = new Connection(plan.host(), plan.port());
                    try {
                        while (true) {
                            long i = due.take();
                            if (i < 0) {
                                return null;
                            }
                            if (System.nanoTime() - giveUpAt > 0) {
                                continue;
                            }
                            int busy = inFlight.incrementAndGet();
                            maxInFlight.accumulateAndGet(busy, Math::max);
                            if (busy == plan.connections()) {
                                exhausted.incrementAndGet();
                            }
                            sentAt[(int) i] = System.nanoTime();
                            failed[(int) i] =
                                    !connection.exchange(plan.requests().request(i));
                            doneAt[(int) i] = System.nanoTime();
                            inFlight.decrementAndGet();
                        }
                    } finally {
                        connection.close();
                    }
                });
            }
            // The schedule. A platform thread: parking a virtual one would wait for a carrier the senders hold.
            Thread dispatcher = Thread.ofPlatform().name("open-load-dispatcher").start(() -> {
                for (long i = 0; i < total; i++) {
                    long at = start + (long) (i * periodNanos);
                    long wait;
                    while ((wait = at - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (i == warm) {
                        marks.measuring();
                    }
                    due.add(i);
                }
                for (int c = 0; c < plan.connections(); c++) {
                    due.add(-1L);
                }
            });
            dispatcher.join();
            pool.shutdown();
            // The last requests get the server's time to answer (the sockets time out after 10 s).
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        marks.done();
        long measureStart = start + (long) (warm * periodNanos);
        long lastDone = measureStart;
        long errors = 0;
        long completed = 0;
        long acknowledgedAll = 0;
        for (int i = 0; i < total; i++) {
            if (doneAt[i] != 0 && !failed[i]) {
                acknowledgedAll++;
            }
        }
        double[] latencies = new double[(int) measured];
        double[] lags = new double[(int) measured];
        for (long i = warm; i < total; i++) {
            int at = (int) i;
            long intended = start + (long) (i * periodNanos);
            long finished = doneAt[at] == 0 ? System.nanoTime() : doneAt[at];
            latencies[(int) (i - warm)] = (finished - intended) / 1e6;
            lags[(int) (i - warm)] = sentAt[at] == 0 ? Double.NaN : (sentAt[at] - intended) / 1e6;
            if (doneAt[at] == 0 || failed[at]) {
                errors++;
            } else {
                completed++;
            }
            lastDone = Math.max(lastDone, finished);
        }
        Arrays.sort(latencies);
        Arrays.sort(lags);
        double seconds =
                Math.max((lastDone - measureStart) / 1e9, plan.duration().toNanos() / 1e9);
        return new Result(
                plan.name(),
                plan.rate(),
                plan.connections(),
                measured,
                errors,
                completed / seconds,
                percentile(latencies, 0.50),
                percentile(latencies, 0.90),
                percentile(latencies, 0.99),
                percentile(latencies, 0.999),
                latencies[latencies.length - 1],
                percentile(lags, 0.99),
                exhausted.get(),
                maxInFlight.get(),
                acknowledgedAll);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** A GET of one path, the same every time (the HTTP floor). */
    public static Requests get(String host, int port, String path, @Nullable String authorization) {
        byte[] request = request("GET", host, port, path, authorization, null);
        return n -> request;
    }

    /**
     * The petition API mix of {@link Benchmarks#apiFromWrk}: half reads of a petition, four in ten pages of the
     * body's queue, one in ten a new petition (JSON).
     */
    public static Requests petitionMix(
            String host,
            int port,
            String authorization,
            boolean countedPages,
            long bodyId,
            List<Long> petitionIds,
            String receivedOn) {
        List<byte[]> reads = petitionIds.stream()
                .map(id -> request("GET", host, port, "/api/v1/petitions/" + id, authorization, null))
                .toList();
        List<byte[]> pages = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            pages.add(request(
                    "GET",
                    host,
                    port,
                    "/api/v1/petitions?body=" + bodyId + "&size=20" + (countedPages ? "&count=true" : "") + "&page="
                            + page,
                    authorization,
                    null));
        }
        return n -> {
            long kind = n % 10;
            if (kind < 5) {
                return reads.get((int) (n % reads.size()));
            }
            if (kind < 9) {
                return pages.get((int) (n % pages.size()));
            }
            String body = "{\"bodyId\": " + bodyId + ", \"channel\": \"POST\", \"type\": \"FEEDBACK\", "
                    + "\"fieldCode\": \"LAND\", \"petitionerKind\": \"INDIVIDUAL\", \"petitionerCount\": 1, "
                    + "\"representativeCount\": 0, \"petitioner\": {\"fullName\": \"Nguyễn Văn Thử\"}, "
                    + "\"title\": \"Phản ánh qua API số " + n + "\", "
                    + "\"content\": \"Rác thải đổ trộm ven đường, phản ánh qua API\", \"receivedOn\": \"" + receivedOn
                    + "\"}";
            return request("POST", host, port, "/api/v1/petitions", authorization, body);
        };
    }

    /**
     * Online votes (issue 18, {@link VoteBench}): request n is line n of {@code bodies} (one JSON body a line, each a
     * different household's ballot token) posted to {@code path}; past the last line, a spent token (answered 403).
     */
    public static Requests votes(String host, int port, String path, Path bodies) throws IOException {
        List<String> lines = Files.readAllLines(bodies);
        byte[] spent = request("POST", host, port, path, null, "{\"token\":\"spent\",\"choice\":\"AGREE\"}");
        return n -> n < lines.size() ? request("POST", host, port, path, null, lines.get((int) n)) : spent;
    }

    static byte[] request(
            String method,
            String host,
            int port,
            String path,
            @Nullable String authorization,
            @Nullable String jsonBody) {
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append(':')
                .append(port)
                .append("\r\nAccept: application/json\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        if (jsonBody != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** One keep-alive HTTP/1.1 connection; opened again after an error or when the server closes it. */
    private static final class Connection {
        private final String host;
        private final int port;
        private @Nullable Socket socket;
        private @Nullable InputStream in;
        private @Nullable OutputStream out;

        Connection(String host, int port) {
            this.host = host;
            this.port = port;
        }

        /** Sends the request and reads the whole answer; whether it was a 2xx. */
        boolean exchange(byte[] request) {
            try {
                if (socket == null) {
                    Socket opened = new Socket();
                    opened.setTcpNoDelay(true);
                    opened.setSoTimeout(10_000);
                    opened.connect(new InetSocketAddress(host, port), 10_000);
                    socket = opened;
                    in = new BufferedInputStream(opened.getInputStream(), 16_384);
                    out = opened.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse(in);
            } catch (IOException | RuntimeException e) {
                close();
                return false;
            }
        }

        private boolean readResponse(InputStream in) throws IOException {
            String status = line(in);
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            String header;
            while (!(header = line(in)).isEmpty()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(line(in).split(";")[0].strip(), 16)) > 0) {
                    skip(in, size);
                    line(in);
                }
                while (!line(in).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(in, length);
            } else {
                closes = true;
                while (in.read() >= 0) {
                    // an answer that ends with the connection
                }
            }
            if (closes) {
                close();
            }
            return code >= 200 && code < 300;
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new EOFException();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private static void skip(InputStream in, long count) throws IOException {
            long left = count;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException();
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
            out = null;
        }
    }

    /**
     * The load generator as a process of its own: {@code OpenLoad <plan.properties>}. Prints {@code MEASURING <cpu ms>}
     * and {@code DONE <cpu ms>} (its own processor time) at the marks, then {@code RESULT} lines.
     */
    public static void main(String[] args) throws Exception {
        Properties spec = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(args[0]))) {
            spec.load(reader);
        }
        Plan plan = plan(spec);
        Result result = run(plan, new Marks() {
            @Override
            public void measuring() {
                System.out.println("MEASURING " + ownCpuMillis());
                System.out.flush();
            }

            @Override
            public void done() {
                System.out.println("DONE " + ownCpuMillis());
                System.out.flush();
            }
        });
        System.out.println("RESULT "
                + String.join(
                        " ",
                        List.of(
                                "requests=" + result.requests(),
                                "errors=" + result.errors(),
                                "achieved=" + result.achievedPerSecond(),
                                "p50=" + result.p50(),
                                "p90=" + result.p90(),
                                "p99=" + result.p99(),
                                "p999=" + result.p999(),
                                "max=" + result.max(),
                                "lag99=" + result.sendLagP99(),
                                "exhausted=" + result.connectionsExhausted(),
                                "maxInFlight=" + result.maxInFlight(),
                                "acknowledgedAll=" + result.acknowledgedAll())));
        System.out.flush();
    }

    /** A plan from its properties (the file {@link #main} reads; {@code bench/run} writes it). */
    static Plan plan(Properties spec) throws IOException {
        String host = spec.getProperty("host", "127.0.0.1");
        int port = Integer.parseInt(spec.getProperty("port"));
        String authorization = spec.getProperty("authorization");
        Requests requests = "votes".equals(spec.getProperty("kind"))
                ? votes(host, port, spec.getProperty("path"), Path.of(spec.getProperty("bodies")))
                : "mix".equals(spec.getProperty("kind"))
                        ? petitionMix(
                                host,
                                port,
                                authorization,
                                Boolean.parseBoolean(spec.getProperty("countedPages")),
                                Long.parseLong(spec.getProperty("bodyId")),
                                Arrays.stream(spec.getProperty("petitionIds").split(","))
                                        .map(Long::valueOf)
                                        .toList(),
                                spec.getProperty("receivedOn"))
                        : get(host, port, spec.getProperty("path"), authorization);
        return new Plan(
                spec.getProperty("name"),
                host,
                port,
                Double.parseDouble(spec.getProperty("rate")),
                Duration.ofMillis(Long.parseLong(spec.getProperty("warmUpMillis"))),
                Duration.ofMillis(Long.parseLong(spec.getProperty("durationMillis"))),
                Integer.parseInt(spec.getProperty("connections")),
                requests);
    }

    static long ownCpuMillis() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toMillis)
                .orElse(0L);
    }

    /** Formats a result's latencies for a log line. */
    static String summary(Result r) {
        return String.format(
                Locale.ROOT,
                "%s: %.0f/s intended, %.0f/s achieved, p50 %.1f p99 %.1f p99.9 %.1f max %.1f ms, %d errors",
                r.name(),
                r.rate(),
                r.achievedPerSecond(),
                r.p50(),
                r.p99(),
                r.p999(),
                r.max(),
                r.errors());
    }
}
