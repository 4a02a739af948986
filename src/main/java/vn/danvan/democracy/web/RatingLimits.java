package vn.danvan.democracy.web;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.domain.SupervisionSettings;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RateBuckets;

/**
 * How many rating sheets one network address may send in an hour (20 by default): a sheet needs a signed-in
 * account and counts once a year, but accounts are cheap to make, so an address that sends many is slowed down.
 */
@Component
class RatingLimits {

    private final RateBuckets buckets;
    private final SupervisionSettings settings;

    RatingLimits(RateBuckets buckets, SupervisionSettings settings) {
        this.buckets = buckets;
        this.settings = settings;
    }

    void check(HttpServletRequest request, HttpServletResponse response) {
        int perHour = settings.ratingsPerAddressPerHour();
        var probe = buckets.bucket(
                        "oversight-rating",
                        ClientAddress.network(request.getRemoteAddr()),
                        () -> BucketConfiguration.builder()
                                .addLimit(
                                        limit -> limit.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(RateBuckets.seconds(probe.getNanosToWaitForRefill())));
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "oversight.too-many-ratings", perHour);
        }
    }
}
