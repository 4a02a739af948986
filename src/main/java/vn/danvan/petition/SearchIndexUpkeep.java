package vn.danvan.petition;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Merges the pending lists of the two trigram indexes into the indexes, every two seconds on one instance.
 * A GIN index takes new petitions into a pending list that every search reads in full; PostgreSQL merges it
 * when it reaches 4 MB — in the insert that finds it full, while that citizen waits — or when autovacuum
 * runs, which for a table of ten million petitions waits for two million new ones. Unmerged lists slowed the
 * province search from 79 to 251 ms at p95; at 1,000 petitions a second a list fills in about two and a half
 * seconds, and merging it in the request put intake's p99 at 117 ms instead of 43 (docs/performance.md).
 * Merging an empty list costs next to nothing.
 */
@Component
public class SearchIndexUpkeep {

    private final JdbcClient jdbc;

    SearchIndexUpkeep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${danvan.petition.search-index-upkeep-interval:PT1S}", initialDelayString = "PT30S")
    @SchedulerLock(name = "petition-search-index-upkeep", lockAtMostFor = "PT10M")
    public void scheduled() {
        mergePendingEntries();
    }

    /** Merges both pending lists; returns the number of pending-list pages merged. */
    public long mergePendingEntries() {
        return jdbc.sql("""
                select gin_clean_pending_list('petition.petition_body_trigrams_idx'::regclass)
                     + gin_clean_pending_list('petition.petition_search_trgm'::regclass)
                """).query(Long.class).single();
    }
}
