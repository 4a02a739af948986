package vn.danvan.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL ({@code shared.rate_bucket}, Bucket4j): every instance that shares the
 * database shares each bucket, and a consumption is one row lock, so concurrent requests are all counted.
 * A bucket's key is a keyed digest of what it counts ({@link ContactSecrets}): no address or sign-in name is
 * stored in clear. A bucket left full for a minute is dropped by {@link #removeExpired()}.
 */
@Component
public class RateBuckets {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ContactSecrets secrets;

    RateBuckets(DataSource dataSource, ContactSecrets secrets) {
        this.secrets = secrets;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("shared.rate_bucket")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** The bucket of one thing counted ("lookup", "sign-in-account"…) for one subject (an address, a name). */
    public BucketProxy bucket(String kind, String subject, Supplier<BucketConfiguration> configuration) {
        return buckets.getProxy(kind + ":" + secrets.hexDigest(kind, subject), configuration);
    }

    /** Seconds to announce in {@code Retry-After} for a wait in nanoseconds: at least one. */
    public static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void removeExpired() {
        while (buckets.removeExpired(1000) == 1000) {
            // drop in batches until fewer than a batch were left
        }
    }
}
