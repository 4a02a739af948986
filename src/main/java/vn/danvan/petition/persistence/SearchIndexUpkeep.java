package vn.danvan.petition.persistence;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
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
 * <p>
 * An index may be missing for a while — the load generator drops both while it writes and builds them again
 * after: the job then merges what is there and says so in one quiet line, not an error every second.
 */
@Component
public class SearchIndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpkeep.class);

    private final JdbcClient jdbc;

    SearchIndexUpkeep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${danvan.petition.search-index-upkeep-interval:PT1S}", initialDelayString = "PT30S")
    @SchedulerLock(name = "petition-search-index-upkeep", lockAtMostFor = "PT10M")
    public void scheduled() {
        try {
            if (!indexesPresent()) {
                log.debug("A petition search index is missing (being rebuilt?); merging what there is");
            }
            mergePendingEntries();
        } catch (DataAccessException e) {
            // Dropped between the look and the merge: the next run finds it gone or back.
            log.debug(
                    "Petition search indexes not merged: {}",
                    e.getMostSpecificCause().getMessage());
        }
    }

    /** Merges both pending lists, skipping an index that does not exist; returns the number of pages merged. */
    public long mergePendingEntries() {
        return jdbc.sql("""
                select coalesce(gin_clean_pending_list(to_regclass('petition.petition_body_trigrams_idx')), 0)
                     + coalesce(gin_clean_pending_list(to_regclass('petition.petition_search_trgm')), 0)
                """).query(Long.class).single();
    }

    private boolean indexesPresent() {
        return jdbc.sql("""
                select to_regclass('petition.petition_body_trigrams_idx') is not null
                   and to_regclass('petition.petition_search_trgm') is not null
                """).query(Boolean.class).single();
    }
}
