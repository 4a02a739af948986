package vn.danvan.application;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server an application left running when it was killed ({@code kill -9}, a crash of the JVM):
 * its {@code postmaster.pid} names a live process. Before the embedded server starts, such a server of the
 * same data directory is shut down as {@code pg_ctl stop -m fast} does (SIGINT: open transactions are rolled
 * back, everything committed is already in the WAL), so that the start finds the directory free. A process
 * that merely reuses the recorded number is no server of ours: its stale lock file is removed. A server whose
 * application still runs (zonky's {@code epg-lock} is locked) is left alone and this start refused.
 */
public final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(30);

    private OrphanedPostmaster() {}

    public static void stopIfRunning(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        List<String> lines = Files.readAllLines(lock);
        Optional<ProcessHandle> process = lines.isEmpty()
                ? Optional.empty()
                : parse(lines.getFirst()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself ignores a lock file whose process is gone
        }
        if (!servesDirectory(process.get(), dataDirectory)) {
            log.warn(
                    "{} names process {}, which is not the PostgreSQL server of {}: removing the stale lock file",
                    lock,
                    process.get().pid(),
                    dataDirectory);
            Files.delete(lock);
            return;
        }
        if (heldByARunningApplication(dataDirectory)) {
            throw new IllegalStateException(
                    "Another danvan runs on " + dataDirectory.getParent() + " (its embedded PostgreSQL is process "
                            + process.get().pid() + "): stop it, or give this one another DANVAN_HOME");
        }
        log.warn(
                "The PostgreSQL server of {} (process {}) outlived its application: shutting it down before starting",
                dataDirectory,
                process.get().pid());
        if (!stop(process.get(), "INT", FAST_SHUTDOWN) && !stop(process.get(), "QUIT", IMMEDIATE_SHUTDOWN)) {
            throw new IllegalStateException("The PostgreSQL server of " + dataDirectory + " (process "
                    + process.get().pid() + ") does not stop; stop it by hand and start again");
        }
    }

    /** zonky keeps {@code epg-lock} locked while the application that started the server runs. */
    private static boolean heldByARunningApplication(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock held = channel.tryLock()) {
            return held == null;
        } catch (OverlappingFileLockException thisApplication) {
            return true;
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
    }

    /** A postmaster works in its data directory: its current directory is the one we are about to start. */
    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postmaster"))
                .orElse(false);
        try {
            return postgres && Files.isSameFile(Path.of("/proc", String.valueOf(process.pid()), "cwd"), dataDirectory);
        } catch (IOException unreadable) {
            return postgres;
        }
    }

    private static boolean stop(ProcessHandle process, String signal, Duration patience) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            log.info("The PostgreSQL server (process {}) stopped on SIG{}", process.pid(), signal);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }
}
