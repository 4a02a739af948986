package vn.danvan.petition.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.DanvanIntegrationTest;

/** The upkeep of the search indexes copes quietly with an index the load generator has dropped. */
@DanvanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexUpkeepIntegrationTests {

    @Autowired
    SearchIndexUpkeep upkeep;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional // the indexes come back with the rollback
    void aMissingIndexIsSkippedWithoutAnErrorOrAStackTrace(CapturedOutput output) {
        jdbc.sql("drop index petition.petition_search_trgm").update();

        assertThatCode(upkeep::scheduled).doesNotThrowAnyException();
        assertThat(upkeep.mergePendingEntries()).isNotNegative();

        // Not a word above debug of the missing index, and no stack trace.
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("petition_search_trgm") || line.contains("SearchIndexUpkeep")))
                .noneMatch(line -> line.contains("ERROR") || line.contains("WARN"));
        assertThat(output.getAll()).doesNotContain("at vn.danvan.petition.persistence.SearchIndexUpkeep");
    }

    @Test
    @Transactional
    void bothIndexesMissingMergeNothing() {
        jdbc.sql("drop index petition.petition_search_trgm").update();
        jdbc.sql("drop index petition.petition_body_trigrams_idx").update();

        assertThat(upkeep.mergePendingEntries()).isZero();
    }
}
