package vn.danvan.organization;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The security headers every door (staff pages, API, portal, Open311) sends. */
public final class SecurityHeaders {

    /**
     * What the pages need: their own scripts and styles only (no inline ones: the templates have none, and htmx is
     * told not to add its indicator style), images also as data: URLs, never framed. form-action is left open:
     * Chrome applies it to the redirect to an OIDC provider after a form.
     */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /**
     * Besides Spring Security's defaults (nosniff, no caching of authenticated answers, X-Frame-Options: DENY):
     * HSTS for a year on HTTPS (behind a proxy, HTTPS is known from X-Forwarded-Proto), the referrer without
     * path or query to other sites, and no camera, microphone, payment or USB for any page.
     */
    public static HeadersConfigurer<HttpSecurity> apply(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(self), payment=(), usb=()"))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }
}
