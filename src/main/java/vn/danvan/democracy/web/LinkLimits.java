package vn.danvan.democracy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import vn.danvan.shared.ClientAddress;
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
        HourlyLimit.take(
                buckets,
                "household-link",
                ClientAddress.network(request.getRemoteAddr()),
                PER_HOUR,
                response,
                "matter.too-many-codes");
    }
}
