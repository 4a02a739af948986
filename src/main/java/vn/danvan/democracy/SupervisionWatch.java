package vn.danvan.democracy;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.shared.VietnamTime;

/**
 * Once an hour, on one instance only (ShedLock): flags the recommendations that fell overdue (and mails the
 * addressees' heads) and publishes the ratings of the rounds that closed.
 */
@Component
class SupervisionWatch {

    private static final Logger log = LoggerFactory.getLogger(SupervisionWatch.class);

    private final SupervisionRecommendations recommendations;
    private final RatingRounds ratings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SupervisionWatch(
            SupervisionRecommendations recommendations,
            RatingRounds ratings,
            TransactionTemplate transactions,
            Clock clock) {
        this.recommendations = recommendations;
        this.ratings = ratings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${danvan.democracy.oversight.watch-cron:0 25 * * * *}", zone = VietnamTime.ZONE_ID)
    @SchedulerLock(name = "oversight-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        LocalDate today = LocalDate.now(clock);
        Integer overdue = transactions.execute(status -> recommendations.flagOverdue(today));
        Integer published = transactions.execute(status -> ratings.publishClosed(today));
        if ((overdue != null && overdue > 0) || (published != null && published > 0)) {
            log.info("Oversight: {} recommendations fell overdue, {} ratings published", overdue, published);
        }
    }
}
