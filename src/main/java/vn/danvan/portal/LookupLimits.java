package vn.danvan.portal;

import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.danvan.portal.domain.PortalSettings;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RateBuckets;

/**
 * How many tracking codes one network address may look up: each code counts, on the portal's tracking page
 * and in Open311's {@code service_request_id} lookups alike (a request for 400 codes costs 400). The budget
 * is a token bucket in the database ({@link RateBuckets}), so it holds across instances and under
 * concurrency; a refusal says when to come back ({@code Retry-After}).
 */
@Component
public class LookupLimits {

    private final RateBuckets buckets;
    private final PortalSettings settings;

    LookupLimits(RateBuckets buckets, PortalSettings settings) {
        this.buckets = buckets;
        this.settings = settings;
    }

    /**
     * Spends {@code codes} lookups of the current request's address; false (with {@code Retry-After} set on the
     * response) if the address has not that many left.
     */
    public boolean admit(int codes) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current)) {
            return true;
        }
        HttpServletRequest request = current.getRequest();
        int perMinute = settings.lookupsPerMinute();
        var probe = buckets.bucket(
                        "lookup",
                        ClientAddress.network(request.getRemoteAddr()),
                        () -> BucketConfiguration.builder()
                                .addLimit(limit ->
                                        limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                                .build())
                .tryConsumeAndReturnRemaining(Math.max(1, codes));
        if (probe.isConsumed()) {
            return true;
        }
        // Refusals are not audited: a guesser would only fill the audit trail. More codes than a full bucket holds can
        // never pass: come back when it is full again.
        long wait = codes > perMinute ? Duration.ofMinutes(1).toNanos() : probe.getNanosToWaitForRefill();
        HttpServletResponse response = current.getResponse();
        if (response != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RateBuckets.seconds(wait)));
        }
        return false;
    }

    public int perMinute() {
        return settings.lookupsPerMinute();
    }

    /** As {@link #admit(int)} for the portal's pages: refuses with a message in the reader's language. */
    public void check(int codes) {
        if (!admit(codes)) {
            throw new DomainException(
                    HttpStatus.TOO_MANY_REQUESTS, "portal.too-many-lookups", settings.lookupsPerMinute());
        }
    }
}
