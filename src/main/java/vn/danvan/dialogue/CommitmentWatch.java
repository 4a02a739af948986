package vn.danvan.dialogue;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Flags, once, every commitment past its due date — on one instance only (ShedLock). */
@Component
class CommitmentWatch {

    private static final Logger log = LoggerFactory.getLogger(CommitmentWatch.class);

    private final Dialogues dialogues;

    CommitmentWatch(Dialogues dialogues) {
        this.dialogues = dialogues;
    }

    @Scheduled(cron = "${danvan.dialogue.overdue-cron:0 15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    // Held at least a minute: another instance whose clock is a little behind does not run it again.
    @SchedulerLock(name = "commitment-overdue-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        int flagged = dialogues.flagOverdue(LocalDate.now(Dialogues.VIETNAM));
        if (flagged > 0) {
            log.info("Flagged {} overdue commitments", flagged);
        }
    }
}
