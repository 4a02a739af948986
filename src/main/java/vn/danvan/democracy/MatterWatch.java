package vn.danvan.democracy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvan.shared.VietnamTime;

/**
 * Every minute, closes each online matter whose deadline has passed (Luật THDCCS 2022 Đ.22: the result is counted at
 * the close the commune set): the threshold is applied and the result published exactly as at an officer's close.
 * ShedLock keeps the job to one instance, and each close locks the matter's row, so a matter is decided once even
 * if two runs meet. One matter that fails to close does not hold back the others.
 */
@Component
class MatterWatch {

    private static final Logger log = LoggerFactory.getLogger(MatterWatch.class);

    private final CommunityDecisions decisions;

    MatterWatch(CommunityDecisions decisions) {
        this.decisions = decisions;
    }

    @Scheduled(cron = "${danvan.democracy.matter.close-cron:0 * * * * *}", zone = VietnamTime.ZONE_ID)
    @SchedulerLock(name = "matter-close-watch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    void scheduled() {
        int closed = closeDue();
        if (closed > 0) {
            log.info("Closed {} online matters at their deadline", closed);
        }
    }

    /** Closes every online matter past its deadline, each in a transaction of its own; how many this run closed. */
    int closeDue() {
        int closed = 0;
        for (long matter : decisions.dueToClose()) {
            try {
                if (decisions.closeAtDeadline(matter)) {
                    closed++;
                }
            } catch (RuntimeException failed) {
                log.warn("Matter {} could not be closed at its deadline", matter, failed);
            }
        }
        return closed;
    }
}
