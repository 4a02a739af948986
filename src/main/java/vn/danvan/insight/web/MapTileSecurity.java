package vn.danvan.insight.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.danvan.organization.SecurityHeaders;

/**
 * Lets the pages that show a map load images from the configured tile server, and nothing else more: the
 * Content-Security-Policy of those pages is the application's with the tile server's origin added to img-src.
 * Spring Security writes its own policy only where none was set, so this one, set first, stands.
 */
@Component
class MapTileSecurity extends OncePerRequestFilter {

    private static final List<String> MAP_PAGES = List.of("/map", "/portal/submit", "/portal/track", "/petitions/");

    private final String policy;

    MapTileSecurity(@Value("${danvan.insight.tiles.url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles) {
        this.policy = policy(tiles);
    }

    static String policy(String tiles) {
        String origin = origin(tiles);
        return origin.isEmpty()
                ? SecurityHeaders.CSP
                : SecurityHeaders.CSP.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }

    private static String origin(String tiles) {
        if (tiles.isBlank()) {
            return "";
        }
        try {
            URI uri = URI.create(tiles.replace("{", "").replace("}", ""));
            if (uri.getScheme() == null
                    || uri.getHost() == null
                    || !uri.getScheme().matches("https?")) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return MAP_PAGES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }
}
