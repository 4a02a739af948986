package vn.danvan.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.dialogue.persistence.Commitments;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.VietnamTime;

/**
 * Flags, once, every commitment past its due date — on one instance only (ShedLock) — and publishes
 * {@link CommitmentOverdue} for each.
 */
@Component
public class CommitmentWatch {

    private static final Logger log = LoggerFactory.getLogger(CommitmentWatch.class);

    private final Commitments commitments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CommitmentWatch(
            Commitments commitments,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.commitments = commitments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${danvan.dialogue.overdue-cron:0 15 * * * *}", zone = VietnamTime.ZONE_ID)
    // Held at least a minute: another instance whose clock is a little behind does not run it again.
    @SchedulerLock(name = "commitment-overdue-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        Integer flagged = transactions.execute(status -> flagOverdue(LocalDate.now(clock)));
        if (flagged != null && flagged > 0) {
            log.info("Flagged {} overdue commitments", flagged);
        }
    }

    /** Flags each unfinished commitment past its due date, once; returns how many were flagged. */
    @Transactional
    public int flagOverdue(LocalDate today) {
        List<CommitmentOverdue> overdue = commitments.overdueUnflagged(today);
        for (CommitmentOverdue commitment : overdue) {
            long id = commitment.commitmentId();
            commitments.flagOverdue(id, today);
            commitments.recordEvent(id, today, "OVERDUE", null, null, null, null, true);
            audit.record("commitment.overdue", "commitment", id, Map.of("on", today.toString()));
            events.publishEvent(commitment);
        }
        return overdue.size();
    }
}
