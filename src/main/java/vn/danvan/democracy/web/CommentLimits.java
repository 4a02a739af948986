package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.domain.ConsultationSettings;
import vn.danvan.shared.ClientAddress;
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
        HourlyLimit.take(
                buckets,
                "consultation-comment-address",
                ClientAddress.network(remoteAddress),
                settings.commentsPerAddressPerHour(),
                response,
                "consultation.too-many-comments");
        HourlyLimit.take(
                buckets,
                "consultation-comment-account",
                Long.toString(citizenId),
                settings.commentsPerAccountPerHour(),
                response,
                "consultation.too-many-comments");
    }
}
