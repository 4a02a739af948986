package vn.danvan.notification.domain;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listeners that failed (the database was unreachable, the instance stopped) leave their event publication
 * incomplete; this job hands those older than a minute to the listeners again, on one instance at a time.
 */
@Component
public class EventResubmission {

    private final IncompleteEventPublications incomplete;

    EventResubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${danvan.notification.resubmit-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "notification.resubmit-events", lockAtMostFor = "PT5M")
    void scheduled() {
        resubmitOlderThan(Duration.ofMinutes(1));
    }

    public void resubmitOlderThan(Duration age) {
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
