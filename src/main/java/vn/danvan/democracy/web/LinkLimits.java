package vn.danvan.democracy.web;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RateBuckets;

/**
 * How many household codes one network address may try: 10 an hour. A code has 32^10 values, so guessing is
 * hopeless anyway; the limit keeps a script from trying (docs/security.md "Community votes").
 */
@Component
class LinkLimits {

    static final int PER_HOUR = 10;

    private final RateBuckets buckets;

    LinkLimits(RateBuckets buckets) {
        this.buckets = buckets;
    }

    void check(HttpServletRequest request, HttpServletResponse response) {
        var probe = buckets.bucket(
                        "household-link",
                        ClientAddress.network(request.getRemoteAddr()),
                        () -> BucketConfiguration.builder()
                                .addLimit(limit ->
                                        limit.capacity(PER_HOUR).refillIntervally(PER_HOUR, Duration.ofHours(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(RateBuckets.seconds(probe.getNanosToWaitForRefill())));
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "matter.too-many-codes", PER_HOUR);
        }
    }
}
