package vn.danvan.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes who did what, when and from where. Must be called inside the transaction that makes the
 * change, so the change and its audit row commit or roll back together.
 */
@Component
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final ThreadLocal<Boolean> AFTER_COMPLETION = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records in the caller's transaction. The rows of one transaction are written together, by one
     * statement just before it commits (a petition taken in online has two); a record made after that, by
     * another before-commit callback, is written at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        record(currentOrigin(), action, subjectType, subjectId, details);
    }

    /** Who acts and from where: taken where a request is served, for a record written later on its behalf. */
    public record Origin(String actor, @Nullable String address) {}

    /** The signed-in user (or "system") and the address of the request being served, if any. */
    public static Origin currentOrigin() {
        return new Origin(currentActor(), currentAddress());
    }

    /**
     * As {@link #record(String, String, Object, Map)}, for a change written by another thread than the request
     * that asked for it (intake written in batches), with the origin taken in the request.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Origin origin, String action, String subjectType, Object subjectId, Map<String, ?> details) {
        Row row = row(origin, action, subjectType, subjectId, details);
        Optional<PendingRows> pending = TransactionScoped.current(PendingRows.class, PendingRows::new);
        if (pending.isPresent() && !pending.get().written) {
            pending.get().rows.add(row);
            return;
        }
        insert(List.of(row));
    }

    private Row row(Origin origin, String action, String subjectType, Object subjectId, Map<String, ?> details) {
        return new Row(
                origin.actor(),
                origin.address(),
                action,
                subjectType,
                String.valueOf(subjectId),
                json.writeValueAsString(details));
    }

    private record Row(
            String actor, @Nullable String ip, String action, String subjectType, String subjectId, String details) {}

    /** The rows recorded in one transaction, written just before it commits; forgotten if it rolls back. */
    private final class PendingRows implements TransactionSynchronization {
        final List<Row> rows = new ArrayList<>();
        boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            insert(rows);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into shared.audit_event (actor, actor_ip, action, subject_type, subject_id, details)
                select actor, actor_ip, action, subject_type, subject_id, cast(details as jsonb)
                from unnest(cast(:actor as text[]), cast(:ip as text[]), cast(:action as text[]),
                            cast(:subjectType as text[]), cast(:subjectId as text[]), cast(:details as text[]))
                     as row(actor, actor_ip, action, subject_type, subject_id, details)
                """)
                .param("actor", rows.stream().map(Row::actor).toArray(String[]::new))
                .param("ip", rows.stream().map(Row::ip).toArray(String[]::new))
                .param("action", rows.stream().map(Row::action).toArray(String[]::new))
                .param("subjectType", rows.stream().map(Row::subjectType).toArray(String[]::new))
                .param("subjectId", rows.stream().map(Row::subjectId).toArray(String[]::new))
                .param("details", rows.stream().map(Row::details).toArray(String[]::new))
                .update();
    }

    /**
     * Records in a transaction of its own, so the row stays even when the caller's transaction rolls
     * back — for refused attempts, which must leave a trace although they change nothing.
     */
    public void recordRefusal(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        Row row = row(currentOrigin(), action, subjectType, subjectId, details);
        if (Boolean.TRUE.equals(AFTER_COMPLETION.get())
                && TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder bound) {
            writeOnEndedTransactionsConnection(bound.getConnection(), row);
            return;
        }
        ownTransaction.executeWithoutResult(status -> insert(List.of(row)));
    }

    /**
     * Runs {@code recording} (a {@link #recordRefusal}) once the caller's transaction has ended, at once when there
     * is none. For refusals decided while the caller holds a lock that other requests queue at: recorded at once,
     * the refusal's own transaction would wait for a second connection that the queued requests hold, and the pool
     * would run dry. After the end the connection is still the caller's until Spring hands it back, so the refusal
     * is written on it, in a transaction of its own, instead of asking the pool for a second one: forty refusals at
     * once on a pool of twenty used to wait out the pool's timeout and lose their rows.
     */
    public static void afterTransaction(Runnable recording) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recording.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                AFTER_COMPLETION.set(Boolean.TRUE);
                try {
                    recording.run();
                } finally {
                    AFTER_COMPLETION.remove();
                }
            }
        });
    }

    /** The caller's transaction has committed or rolled back on this connection: this row is a transaction after it. */
    private static void writeOnEndedTransactionsConnection(Connection connection, Row row) {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into shared.audit_event (actor, actor_ip, action, subject_type, subject_id, details)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                """)) {
            insert.setString(1, row.actor());
            insert.setString(2, row.ip());
            insert.setString(3, row.action());
            insert.setString(4, row.subjectType());
            insert.setString(5, row.subjectId());
            insert.setString(6, row.details());
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException failed) {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            } catch (SQLException ignored) {
                // The connection is broken; the pool will discard it.
            }
            LOG.error("The audit row of a refusal ({}) could not be written", row.action(), failed);
        }
    }

    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    private static @Nullable String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
