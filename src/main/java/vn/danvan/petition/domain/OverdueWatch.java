package vn.danvan.petition.domain;

import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.VietnamTime;

/**
 * Records a DEADLINE_MISSED event, once per deadline, for every petition past its processing or
 * resolution deadline, then climbs the escalation ladder of the overdue ones ({@link EscalationLadder}). Runs hourly
 * on one instance only (ShedLock), each petition in its own transaction.
 */
@Component
public class OverdueWatch {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

    private final Petitions petitions;
    private final PetitionHandling changes;
    private final Deadlines deadlines;
    private final TransactionTemplate transactions;
    private final EscalationLadder ladder;

    OverdueWatch(
            Petitions petitions,
            PetitionHandling changes,
            Deadlines deadlines,
            TransactionTemplate transactions,
            EscalationLadder ladder) {
        this.ladder = ladder;
        this.petitions = petitions;
        this.changes = changes;
        this.deadlines = deadlines;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${danvan.petition.overdue-cron:0 5 * * * *}", zone = VietnamTime.ZONE_ID)
    // Held at least a minute: another instance whose clock is a little behind does not run it again.
    @SchedulerLock(name = "petition-overdue-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduled() {
        watch(deadlines.today());
    }

    /** Flags the cases overdue on {@code today} and climbs their escalation ladder. */
    public void watch(LocalDate today) {
        int flagged = flagOverdue(today);
        int escalated = ladder.climb(today);
        if (flagged > 0 || escalated > 0) {
            log.info("Recorded {} missed deadlines, took {} escalation steps", flagged, escalated);
        }
    }

    public int flagOverdue(LocalDate today) {
        int flagged = 0;
        for (long id : petitions.withDeadlineBefore(today)) {
            Boolean done = transactions.execute(status -> {
                Petition petition = petitions.lock(id);
                PetitionState state = petition.state();
                if (!petition.flagOverdue(today)) {
                    return false;
                }
                petitions.update(petition);
                changes.recorded(petition, state, PetitionHandling.Change.DEADLINE_MISSED, today);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                flagged++;
            }
        }
        return flagged;
    }
}
