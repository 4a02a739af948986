package vn.danvan.democracy.web;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.domain.ConsultationSettings;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RateBuckets;

/**
 * How many comments the portal takes in an hour from one network address (30 by default; an IPv6 client counts by its
 * /64, {@link ClientAddress}) and from one citizen account (10): a flood of comments would bury the others and the
 * staff who read them. Token buckets in the database, shared by every instance; a refused comment writes nothing.
 */
@Component
class CommentLimits {

    private final RateBuckets buckets;
    private final ConsultationSettings settings;

    CommentLimits(RateBuckets buckets, ConsultationSettings settings) {
        this.buckets = buckets;
        this.settings = settings;
    }

    void check(String remoteAddress, long citizenId, HttpServletResponse response) {
        take(
                "consultation-comment-address",
                ClientAddress.network(remoteAddress),
                settings.commentsPerAddressPerHour(),
                response);
        take("consultation-comment-account", Long.toString(citizenId), settings.commentsPerAccountPerHour(), response);
    }

    private void take(String kind, String subject, int perHour, HttpServletResponse response) {
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
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "consultation.too-many-comments", perHour);
        }
    }
}
