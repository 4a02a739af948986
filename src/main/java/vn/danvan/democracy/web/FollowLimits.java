package vn.danvan.democracy.web;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.domain.DemocracySettings;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RateBuckets;

/**
 * How many follow requests one network address may send: each sends a mail to an address the sender typed, so the
 * portal must not become a way to flood strangers' mailboxes (10 an hour by default, a token bucket in the database
 * shared by every instance; an IPv6 client counts by its /64, {@link ClientAddress}). Each address besides gets at most one confirmation a day per commune.
 */
@Component
class FollowLimits {

    private final RateBuckets buckets;
    private final DemocracySettings settings;

    FollowLimits(RateBuckets buckets, DemocracySettings settings) {
        this.buckets = buckets;
        this.settings = settings;
    }

    void check(HttpServletRequest request, HttpServletResponse response) {
        int perHour = settings.followsPerAddressPerHour();
        var probe = buckets.bucket(
                        "disclosure-follow",
                        ClientAddress.network(request.getRemoteAddr()),
                        () -> BucketConfiguration.builder()
                                .addLimit(
                                        limit -> limit.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(RateBuckets.seconds(probe.getNanosToWaitForRefill())));
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "democracy.too-many-follows", perHour);
        }
    }
}
