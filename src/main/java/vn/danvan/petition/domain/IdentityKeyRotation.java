package vn.danvan.petition.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.SealedColumn;
import vn.danvan.shared.AuditTrail;

/**
 * Re-seals with the current identity key every value of every {@link SealedColumn} that an older key (or no
 * key id) sealed, so that the older keys can then be dropped from {@code danvan.petition.identity-keys}. It walks
 * each table once by its key, one transaction per batch ({@code danvan.petition.identity-rotation-batch} rows,
 * none locked), so the application goes on reading and writing meanwhile: a row is readable with
 * its old key until its batch commits, and with the new one after. Each batch is logged; each column done with
 * at least one row re-sealed is audited. Runs an hour after start (one instance at a time), and then hourly
 * while older keys are configured; {@link #resealAll()} runs it at once.
 */
@Component
public class IdentityKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeyRotation.class);

    private final List<SealedColumn> columns;
    private final IdentityVault vault;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final int batch;
    private final IdentityKeys keys;
    private volatile boolean walkedSinceStart;

    IdentityKeyRotation(
            List<SealedColumn> columns,
            IdentityKeys keys,
            IdentityVault vault,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditTrail audit,
            PetitionSettings settings) {
        this.columns = columns;
        this.keys = keys;
        this.vault = vault;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.batch = settings.identityRotationBatch();
    }

    /**
     * While older keys are configured, every run walks the tables; otherwise only the first run after start does,
     * for values sealed before keys had ids. A walk reads each table once: at national size it is not done hourly
     * for nothing.
     */
    @Scheduled(
            fixedDelayString = "${danvan.petition.identity-rotation-interval:PT1H}",
            initialDelayString = "${danvan.petition.identity-rotation-interval:PT1H}")
    @SchedulerLock(name = "petition-identity-key-rotation", lockAtMostFor = "PT6H")
    public void onSchedule() {
        if (keys.rotating() || !walkedSinceStart) {
            resealAll();
            walkedSinceStart = true;
        }
    }

    /** Re-seals every value not under the current key; returns how many were re-sealed. */
    public long resealAll() {
        long total = 0;
        for (SealedColumn column : columns) {
            long resealed = 0;
            long after = Long.MIN_VALUE;
            while (true) {
                Batch done = resealBatch(column, after, batch);
                if (done.seen() == 0) {
                    break;
                }
                resealed += done.resealed();
                after = done.last();
                if (done.resealed() > 0) {
                    log.info(
                            "Identity key rotation: {} values of {} re-sealed so far (up to key {})",
                            resealed,
                            column,
                            after);
                }
            }
            if (resealed > 0) {
                long count = resealed;
                transactions.executeWithoutResult(status -> audit.record(
                        AuditTrail.currentOrigin(),
                        "IDENTITY_KEY_ROTATED",
                        "sealed-column",
                        column.toString(),
                        Map.of(
                                "resealed",
                                count,
                                "key",
                                java.util.HexFormat.of()
                                        .formatHex(
                                                vault.currentHeader(),
                                                IdentityVault.MAGIC.length,
                                                IdentityVault.HEADER))));
                log.info("Identity key rotation: {} done, {} values re-sealed", column, count);
            }
            total += resealed;
        }
        return total;
    }

    public record Batch(int seen, int resealed, long last) {}

    /**
     * One transaction: the next {@code limit} rows after {@code after}, those under an older key re-sealed. Nothing
     * is locked: a value is replaced only if it is still the one read, so a value changed meanwhile (sealed anew,
     * hence with the current key) is kept.
     */
    public Batch resealBatch(SealedColumn column, long after, int limit) {
        return transactions.execute(status -> {
            List<Map<String, Object>> rows = jdbc.sql(
                            "select " + column.key() + " as k, " + column.column() + " as v from "
                                    + column.table() + " where " + column.key() + " > ? and " + column.column()
                                    + " is not null order by "
                                    + column.key() + " limit ?")
                    .params(after, limit)
                    .query()
                    .listOfRows();
            int resealed = 0;
            long last = after;
            for (Map<String, Object> row : rows) {
                long key = ((Number) Objects.requireNonNull(row.get("k"), "a key column is never null")).longValue();
                byte[] sealed = (byte[]) Objects.requireNonNull(row.get("v"), "only rows with a value are read");
                last = key;
                if (!vault.current(sealed)) {
                    resealed += jdbc.sql("update " + column.table() + " set " + column.column() + " = ? where "
                                    + column.key() + " = ? and " + column.column() + " = ?")
                            .params(vault.reseal(sealed), key, sealed)
                            .update();
                }
            }
            return new Batch(rows.size(), resealed, last);
        });
    }

    /** Values under an older key or none, left to re-seal. */
    public long remaining() {
        long left = 0;
        for (SealedColumn column : columns) {
            left += jdbc.sql("select count(*) from " + column.table() + " where " + column.column()
                            + " is not null and substring(" + column.column() + " from 1 for " + IdentityVault.HEADER
                            + ") <> ?")
                    .param(vault.currentHeader())
                    .query(Long.class)
                    .single();
        }
        return left;
    }

    @Configuration(proxyBeanMethods = false)
    public static class PetitionSealedColumns {

        @Bean
        SealedColumn sealedPetitionIdentity() {
            return new SealedColumn("petition.petition", "id", "identity_ciphertext");
        }
    }
}
