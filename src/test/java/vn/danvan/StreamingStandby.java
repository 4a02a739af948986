package vn.danvan;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hot standby of the test's PostgreSQL, made as an operator makes one: a physical replication slot, a base
 * backup through PostgreSQL's backup functions (the files copied while the primary runs), then the copy
 * started as a standby on a port of its own, streaming from the primary.
 */
public final class StreamingStandby implements AutoCloseable {

    /** Files a base backup leaves out; their folders are kept, empty. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");
    /** Settings a standby must have at least as high as its primary. */
    private static final List<String> NOT_BELOW_PRIMARY = List.of(
            "max_connections",
            "max_worker_processes",
            "max_wal_senders",
            "max_prepared_transactions",
            "max_locks_per_transaction");

    private final DataSource primary;
    private final String slot;
    private final Path directory;
    private final EmbeddedPostgres server;

    private StreamingStandby(DataSource primary, String slot, Path directory, EmbeddedPostgres server) {
        this.primary = primary;
        this.slot = slot;
        this.directory = directory;
        this.server = server;
    }

    public static StreamingStandby of(DataSource primary) throws IOException, SQLException {
        String slot = "standby_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path directory = Files.createTempDirectory("danvan-standby");
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        try (Connection backup = primary.getConnection();
                Statement sql = backup.createStatement()) {
            backup.setAutoCommit(true);
            Path data = Path.of(value(sql, "show data_directory"));
            int port = Integer.parseInt(value(sql, "show port"));
            for (String setting : NOT_BELOW_PRIMARY) {
                builder.setServerConfig(setting, value(sql, "show " + setting));
            }
            value(sql, "select pg_create_physical_replication_slot('" + slot + "', true)");
            value(sql, "select pg_backup_start('danvan-standby', true)");
            copy(data, directory);
            Files.writeString(
                    directory.resolve("backup_label"), value(sql, "select labelfile from pg_backup_stop(false)"));
            Files.writeString(directory.resolve("standby.signal"), "");
            Files.writeString(
                    directory.resolve("postgresql.auto.conf"),
                    """
                    primary_conninfo = 'host=localhost port=%d user=postgres application_name=%s'
                    primary_slot_name = '%s'
                    hot_standby = on
                    """.formatted(port, slot, slot),
                    StandardOpenOption.APPEND);
        }
        try {
            return new StreamingStandby(primary, slot, directory, builder.start());
        } catch (IOException | RuntimeException failed) {
            // A slot nobody reads would keep the primary's WAL for good.
            JdbcClient.create(primary)
                    .sql("select pg_drop_replication_slot(?)")
                    .param(slot)
                    .query(Object.class)
                    .single();
            delete(directory);
            throw failed;
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(server.getPostgresDatabase());
    }

    /**
     * Waits until the standby has replayed everything the primary had written when this was called (the insert
     * position: the test server commits asynchronously, so a commit may not have reached the WAL's files yet).
     */
    public void caughtUp() {
        String written = JdbcClient.create(primary)
                .sql("select pg_current_wal_insert_lsn()::text")
                .query(String.class)
                .single();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc().sql("select pg_last_wal_replay_lsn() >= cast(? as pg_lsn)")
                        .param(written)
                        .query(Boolean.class)
                        .single());
    }

    public void pauseReplay() {
        jdbc().sql("select pg_wal_replay_pause()").query(Object.class).single();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "paused"
                        .equals(jdbc().sql("select pg_get_wal_replay_pause_state()")
                                .query(String.class)
                                .single()));
    }

    public void resumeReplay() {
        jdbc().sql("select pg_wal_replay_resume()").query(Object.class).single();
    }

    @Override
    public void close() throws IOException, SQLException {
        server.close();
        JdbcClient.create(primary)
                .sql("select pg_drop_replication_slot(?)")
                .param(slot)
                .query(Object.class)
                .single();
        delete(directory);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    private static String value(Statement sql, String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Copies a running server's folder: files that disappear meanwhile are no loss, WAL comes by streaming. */
    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(folder).toString()));
                return folder.getParent() != null
                                && folder.getParent().equals(from)
                                && EMPTIED.contains(folder.getFileName().toString())
                        ? emptied(folder)
                        : FileVisitResult.CONTINUE;
            }

            private FileVisitResult emptied(Path folder) throws IOException {
                if (folder.getFileName().toString().equals("pg_wal")) {
                    Files.createDirectories(to.resolve("pg_wal/archive_status"));
                    Files.createDirectories(to.resolve("pg_wal/summaries"));
                }
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!LEFT_OUT.contains(file.getFileName().toString())) {
                    try {
                        Files.copy(
                                file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (NoSuchFileException removedMeanwhile) {
                        // a temporary file of the running server
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw new UncheckedIOException(failure);
            }
        });
    }
}
