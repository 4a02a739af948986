package vn.danvan.reception.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.IdentitiesSealed;
import vn.danvan.petition.IdentitySealing;
import vn.danvan.reception.domain.ReceptionVisit;

/**
 * Seals, once, the visitors of denunciation visits recorded before visitors were sealed, and of visits whose
 * petition was sealed before visits followed their petition's seal ({@code seal_pending}): encrypts their name,
 * phone and address with the identity vault and clears the clear columns, in batches, each in its own transaction
 * ({@code skip locked}, so several instances starting together share the work). The key lives in the application,
 * which is why this is not a SQL migration. While the application runs, a visit's visitor is sealed in the
 * transaction that seals its petition ({@link IdentitiesSealed}).
 */
@Component
public class SealedVisitorsMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealedVisitorsMigration.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final IdentitySealing sealedIdentities;
    private final TransactionTemplate transactions;

    SealedVisitorsMigration(JdbcClient jdbc, IdentitySealing sealedIdentities, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.sealedIdentities = sealedIdentities;
        this.transactions = transactions;
    }

    private record Clear(
            long id,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String address) {}

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        do {
            sealed = transactions.execute(status -> sealPendingBatch());
            total += sealed;
        } while (sealed == BATCH);
        if (total > 0) {
            log.info("Sealed the visitors of {} visits", total);
        }
    }

    /** A visit keeps its visitor sealed as the petition made from it does, whenever that petition is sealed. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(IdentitiesSealed sealed) {
        sealVisitsOf(sealed.petitionIds());
    }

    int sealBatch() {
        return seal(jdbc.sql("""
                select id, visitor_name, visitor_phone, visitor_address from reception.visit
                where content_type = 'DENUNCIATION' and not visitor_sealed
                order by id limit ? for update skip locked
                """).param(BATCH));
    }

    /** Visits of petitions sealed before visits followed their petition's seal (marked by a migration). */
    int sealPendingBatch() {
        return seal(jdbc.sql("""
                select id, visitor_name, visitor_phone, visitor_address from reception.visit
                where seal_pending and not visitor_sealed
                order by id limit ? for update skip locked
                """).param(BATCH));
    }

    int sealVisitsOf(List<Long> petitionIds) {
        return seal(jdbc.sql("""
                select id, visitor_name, visitor_phone, visitor_address from reception.visit
                where petition_id = any(?) and not visitor_sealed
                order by id for update
                """).param(petitionIds.toArray(Long[]::new)));
    }

    private int seal(JdbcClient.StatementSpec query) {
        List<Clear> batch = query.query(
                        (rs, n) -> new Clear(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Clear visit : batch) {
            byte[] identity = visit.name() == null && visit.phone() == null && visit.address() == null
                    ? null
                    : sealedIdentities.seal(
                            ReceptionVisit.visitorIdentity(visit.name(), visit.phone(), visit.address()));
            jdbc.sql("""
                    update reception.visit set visitor_identity = ?, visitor_sealed = true, visitor_name = null,
                        visitor_phone = null, visitor_address = null
                    where id = ?
                    """).param(identity).param(visit.id()).update();
        }
        return batch.size();
    }
}
