package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.domain.DemocracySettings;
import vn.danvan.shared.ClientAddress;
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
        HourlyLimit.take(
                buckets,
                "disclosure-follow",
                ClientAddress.network(request.getRemoteAddr()),
                settings.followsPerAddressPerHour(),
                response,
                "democracy.too-many-follows");
    }
}
