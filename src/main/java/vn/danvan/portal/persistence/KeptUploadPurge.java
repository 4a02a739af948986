package vn.danvan.portal.persistence;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvan.shared.VietnamTime;

/**
 * Every ten minutes, deletes the files kept after a portal form error once their time to live has passed
 * ({@link KeptUploads}), so that an expired file — possibly a denouncer's evidence — does not wait in the database for
 * the next citizen's form error on a quiet portal. ShedLock keeps the run to one instance; the delete is safe to run
 * twice anyway (a row is deleted once, the other run finds nothing).
 */
@Component
public class KeptUploadPurge {

    private static final Logger log = LoggerFactory.getLogger(KeptUploadPurge.class);

    private final KeptUploads kept;
    private final Clock clock;

    KeptUploadPurge(KeptUploads kept, Clock clock) {
        this.kept = kept;
        this.clock = clock;
    }

    @Scheduled(cron = "${danvan.portal.kept-upload.purge-cron:0 */10 * * * *}", zone = VietnamTime.ZONE_ID)
    @SchedulerLock(name = "portal.kept-upload-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void scheduled() {
        int purged = purge();
        if (purged > 0) {
            log.info("Purged {} expired kept uploads", purged);
        }
    }

    /** Deletes every kept file expired by now; how many. */
    public int purge() {
        return kept.purgeExpired(clock.instant());
    }
}
