package vn.danvan.report.persistence;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A read replica for the reports ({@code DANVAN_REPORT_DATASOURCE_URL} …): a streaming standby of the primary.
 * Unset, reports read the primary.
 *
 * @param url the replica's JDBC URL
 * @param username its user (or in the URL)
 * @param password its password
 * @param maximumPoolSize connections to the replica per instance (default 5)
 */
@ConfigurationProperties("danvan.report.datasource")
public record ReportDatabaseSettings(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        int maximumPoolSize) {

    public ReportDatabaseSettings {
        maximumPoolSize = maximumPoolSize <= 0 ? 5 : maximumPoolSize;
    }
}
