package vn.danvan.organization.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a write to the API that a browser sends from another site. A browser that was given HTTP Basic
 * credentials keeps sending them by itself, even with a form posted from another site, so such a write would act
 * as the signed-in person (cross-site request forgery). Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}); programs (curl, a client system with its token) send neither, or
 * their own origin, and pass.
 */
public class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AccessDeniedHandler refused;

    public CrossSiteWriteFilter(AccessDeniedHandler refused) {
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            refused.handle(request, response, new CrossSiteWrite());
            return;
        }
        chain.doFilter(request, response);
    }

    public static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        return origin.equals("null") || !sameAuthority(origin, request);
    }

    private static boolean sameAuthority(String origin, HttpServletRequest request) {
        String host = request.getHeader("X-Forwarded-Host");
        host = host != null ? host.split(",")[0].strip() : request.getHeader(HttpHeaders.HOST);
        return host != null && host.equalsIgnoreCase(authority(origin));
    }

    private static @Nullable String authority(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** Why the write was refused: the problem detail says cross-site request forgery. */
    public static final class CrossSiteWrite extends AccessDeniedException {
        CrossSiteWrite() {
            super("cross-site write");
        }
    }
}
