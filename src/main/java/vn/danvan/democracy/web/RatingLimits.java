package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.domain.SupervisionSettings;
import vn.danvan.shared.ClientAddress;
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
        HourlyLimit.take(
                buckets,
                "oversight-rating",
                ClientAddress.network(request.getRemoteAddr()),
                settings.ratingsPerAddressPerHour(),
                response,
                "oversight.too-many-ratings");
    }
}
