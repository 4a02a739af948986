package vn.danvan.report.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the reports' figures are read: a read replica when one is configured ({@link ReportDatabaseSettings}),
 * so that their scans over years of petitions do not compete with intake and case work on the primary; a
 * replica's figures may be a moment behind. Without one, and while it cannot be reached, the primary.
 */
@Component
public class ReportDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReportDatabase.class);

    /** How long reports read the primary after the replica could not be reached, before trying it again. */
    public static final Duration RETRY_REPLICA_AFTER = Duration.ofSeconds(30);

    private final JdbcClient primary;
    private final @Nullable HikariDataSource replicaConnections;
    private final @Nullable JdbcClient replica;
    private volatile Instant replicaDownUntil = Instant.MIN;

    public ReportDatabase(JdbcClient primary, ReportDatabaseSettings settings) {
        this.primary = primary;
        if (StringUtils.hasText(settings.url())) {
            var connections = new HikariDataSource();
            connections.setPoolName("danvan-report-replica");
            connections.setJdbcUrl(settings.url());
            connections.setUsername(settings.username());
            connections.setPassword(settings.password());
            connections.setMaximumPoolSize(settings.maximumPoolSize());
            connections.setMinimumIdle(0);
            connections.setReadOnly(true);
            // A replica that is down must neither stop the application from starting nor hold a report for long.
            connections.setInitializationFailTimeout(-1);
            connections.setConnectionTimeout(2_000);
            this.replicaConnections = connections;
            this.replica = JdbcClient.create(connections);
            log.info("Reports read the replica at {}", settings.url().replaceFirst("\\?.*", ""));
        } else {
            this.replicaConnections = null;
            this.replica = null;
        }
    }

    /** Runs a report's query on the replica, or on the primary when there is none or it fails to answer. */
    public <T> T read(Function<JdbcClient, T> query) {
        if (replica != null && readsReplica()) {
            try {
                return query.apply(replica);
            } catch (DataAccessResourceFailureException unreachable) {
                replicaDownUntil = Instant.now().plus(RETRY_REPLICA_AFTER);
                log.warn(
                        "The report replica cannot be reached ({}): reports read the primary for the next {} s",
                        unreachable.getMostSpecificCause().getMessage(),
                        RETRY_REPLICA_AFTER.toSeconds());
            } catch (TransientDataAccessException cancelled) {
                // A standby cancels a query that conflicts with the changes it replays; the primary answers it.
                log.info(
                        "The report replica cancelled a query ({}): read from the primary",
                        cancelled.getMostSpecificCause().getMessage());
            }
        }
        return query.apply(primary);
    }

    /** Whether the next report reads the replica. */
    public boolean readsReplica() {
        return replica != null && Instant.now().isAfter(replicaDownUntil);
    }

    @Override
    public void close() {
        if (replicaConnections != null) {
            replicaConnections.close();
        }
    }
}
