package vn.danvan.democracy.web;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RateBuckets;

/**
 * One hourly token bucket of a public write on the democracy pages (a follow, a comment, a rating, a household code),
 * kept in the database so every instance shares it. Refused: 429 with Retry-After and the page's own message.
 */
final class HourlyLimit {

    private HourlyLimit() {}

    static void take(
            RateBuckets buckets,
            String kind,
            String subject,
            int perHour,
            HttpServletResponse response,
            String refusal) {
        var probe = buckets.bucket(
                        kind,
                        subject,
                        () -> BucketConfiguration.builder()
                                .addLimit(
                                        limit -> limit.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(RateBuckets.seconds(probe.getNanosToWaitForRefill())));
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, refusal, perHour);
        }
    }
}
