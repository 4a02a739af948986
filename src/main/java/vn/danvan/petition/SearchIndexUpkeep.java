package vn.danvan.petition;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Merges the pending lists of the two trigram indexes into the indexes, every second on one instance.
 * A GIN index takes new petitions into a pending list that every search reads in full; PostgreSQL merges it
 * when it reaches its limit (8 MB here) — in the insert that finds it full, while those citizens wait — or
 * when autovacuum runs. Unmerged lists slowed the province search from 79 to 251 ms at p95; with intake in
 * batches a list grows about 3 MB a second, and merging it in the request put intake's p99 at 85 ms instead
 * of 38 (docs/performance.md). Merging an empty list costs next to nothing.
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
