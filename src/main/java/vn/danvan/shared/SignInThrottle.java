package vn.danvan.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slows down password guessing at every door that takes a password: the staff's form ({@code POST /login}),
 * HTTP Basic wherever a chain accepts it ({@code /api/**}, the operators' endpoints) and the citizens' form
 * ({@code POST /portal/login}). Runs before Spring Security, so that it needs nothing from the security
 * configurations:
 * <ul>
 * <li>before authentication, a sign-in name or an address that has failed too often is refused without its
 *     password being checked — even the right password does not get in while it waits, so guessing cannot win;</li>
 * <li>after authentication, a failure (the form sent back to {@code ?error}, or 401 for Basic credentials) is
 *     counted against the name and the address.</li>
 * </ul>
 * The counts are token buckets in the database ({@link RateBuckets}), so every instance sees every failure and
 * concurrent failures are all counted. A name has {@code failuresPerAccount} failures in the window and four times
 * as many a day; failures while others are checked still count, so the wait grows with them. Refusals say when to
 * come back: a Vietnamese message on the form, 429 problem+json with {@code Retry-After} over Basic.
 */
@Configuration(proxyBeanMethods = false)
public class SignInThrottle {

    /** The query parameter that tells a login page to show the wait, in minutes. */
    public static final String THROTTLED = "throttled";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signInThrottleFilter(
            RateBuckets buckets, SignInSettings settings, MessageSource messages, LocaleResolver locales) {
        var registration =
                new FilterRegistrationBean<OncePerRequestFilter>(new Filter(buckets, settings, messages, locales));
        // Every door that takes a password: the forms, and HTTP Basic wherever a chain accepts it (the API and the
        // operators' endpoints).
        registration.addUrlPatterns(
                "/login",
                "/portal/login",
                "/api/*",
                "/actuator/*",
                "/v3/api-docs",
                "/v3/api-docs/*",
                "/swagger-ui/*",
                "/swagger-ui.html");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Where a password arrives and where a failure sends the client. */
    private record Attempt(String name, String door, boolean basic) {}

    static final class Filter extends OncePerRequestFilter {

        private final RateBuckets buckets;
        private final SignInSettings settings;
        private final MessageSource messages;
        private final LocaleResolver locales;
        private final JsonMapper json = JsonMapper.builder().build();

        Filter(RateBuckets buckets, SignInSettings settings, MessageSource messages, LocaleResolver locales) {
            this.buckets = buckets;
            this.settings = settings;
            this.messages = messages;
            this.locales = locales;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Attempt attempt = attempt(request);
            if (attempt == null) {
                chain.doFilter(request, response);
                return;
            }
            BucketProxy account =
                    bucket("sign-in-account", attempt.door() + "|" + attempt.name(), settings.failuresPerAccount());
            BucketProxy address = bucket(
                    "sign-in-address", ClientAddress.network(request.getRemoteAddr()), settings.failuresPerAddress());
            long wait = Math.max(waitOf(account), waitOf(address));
            if (wait > 0) {
                // A refused attempt counts too: guesses sent while throttled, or at once, all spend the allowance.
                account.consumeIgnoringRateLimits(1);
                address.consumeIgnoringRateLimits(1);
                refuse(request, response, attempt, wait);
                return;
            }
            chain.doFilter(request, response);
            if (failed(response, attempt)) {
                account.consumeIgnoringRateLimits(1);
                address.consumeIgnoringRateLimits(1);
            }
        }

        private static @Nullable Attempt attempt(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                String decoded;
                try {
                    decoded = new String(
                            Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notBase64) {
                    return null;
                }
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : new Attempt(canonical(decoded.substring(0, colon)), "staff", true);
            }
            if (!"POST".equals(request.getMethod())) {
                return null;
            }
            if (path.equals("/login")) {
                String name = request.getParameter("username");
                return name == null ? null : new Attempt(canonical(name), "staff", false);
            }
            if (path.equals("/portal/login")) {
                String name = request.getParameter("login");
                return name == null ? null : new Attempt(canonical(name), "citizen", false);
            }
            return null;
        }

        private static String canonical(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }

        private BucketProxy bucket(String kind, String subject, int perWindow) {
            Duration window = settings.window();
            return buckets.bucket(
                    kind,
                    subject,
                    () -> BucketConfiguration.builder()
                            .addLimit(limit -> limit.capacity(perWindow).refillGreedy(perWindow, window))
                            .addLimit(limit ->
                                    limit.capacity(4L * perWindow).refillGreedy(4L * perWindow, Duration.ofDays(1)))
                            .build());
        }

        /** Nanoseconds until one more attempt may be checked; 0 if it may be now. */
        private static long waitOf(BucketProxy bucket) {
            var estimate = bucket.estimateAbilityToConsume(1);
            return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
        }

        private static boolean failed(HttpServletResponse response, Attempt attempt) {
            if (attempt.basic()) {
                return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
            }
            String location = response.getHeader(HttpHeaders.LOCATION);
            return response.getStatus() == HttpStatus.FOUND.value() && location != null && location.contains("?error");
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response, Attempt attempt, long wait)
                throws IOException {
            long seconds = RateBuckets.seconds(wait);
            long minutes = Math.max(1, (seconds + 59) / 60);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            if (!attempt.basic()) {
                String page = attempt.door().equals("citizen") ? "/portal/login" : "/login";
                response.sendRedirect(request.getContextPath() + page + "?" + THROTTLED + "=" + minutes);
                return;
            }
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("sign-in.throttled", new Object[] {minutes}, locale));
            problem.setType(URI.create("https://danvan.vn/problems/sign-in.throttled"));
            problem.setTitle(messages.getMessage("problem.title.429", null, "Too Many Requests", locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperties(Map.of("code", "sign-in.throttled", "retryAfterSeconds", seconds));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
        }
    }
}
