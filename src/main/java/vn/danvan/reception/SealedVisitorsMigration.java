package vn.danvan.reception;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.SealedIdentities;

/**
 * Seals, once, the visitors of denunciation visits recorded before visitors were sealed: encrypts their name,
 * phone and address with the identity vault and clears the clear columns, in batches, each in its own
 * transaction ({@code skip locked}, so several instances starting together share the work). The key lives in
 * the application, which is why this is not a SQL migration.
 */
@Component
class SealedVisitorsMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealedVisitorsMigration.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final SealedIdentities sealedIdentities;
    private final TransactionTemplate transactions;

    SealedVisitorsMigration(JdbcClient jdbc, SealedIdentities sealedIdentities, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.sealedIdentities = sealedIdentities;
        this.transactions = transactions;
    }

    private record Clear(long id, @Nullable String name, @Nullable String phone, @Nullable String address) {
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        if (total > 0) {
            log.info("Sealed the visitors of {} denunciation visits", total);
        }
    }

    int sealBatch() {
        List<Clear> batch = jdbc.sql("""
                select id, visitor_name, visitor_phone, visitor_address from reception.visit
                where content_type = 'DENUNCIATION' and not visitor_sealed
                order by id limit ? for update skip locked
                """).param(BATCH).query((rs, n) -> new Clear(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
        for (Clear visit : batch) {
            byte[] identity = visit.name() == null && visit.phone() == null && visit.address() == null ? null
                    : sealedIdentities.seal(ReceptionLog.visitorIdentity(visit.name(), visit.phone(), visit.address()));
            jdbc.sql("""
                    update reception.visit set visitor_identity = ?, visitor_sealed = true, visitor_name = null,
                        visitor_phone = null, visitor_address = null
                    where id = ?
                    """).params(identity, visit.id()).update();
        }
        return batch.size();
    }
}
