package vn.danvan.democracy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.danvan.organization.SecurityHeaders;

/**
 * The door of a vote cast with a ballot token (docs/adr/0005-ballot-tokens.md): the token in the request is the
 * credential, so these paths need no session. Their security chain keeps no security context and no CSRF token
 * (the token is not a cookie: another site cannot make a browser send it), and the session cookie is hidden from
 * them before Spring Session would load the session and save its access time — which cost a vote five transactions
 * instead of one (docs/performance.md, "Online votes").
 */
@Configuration(proxyBeanMethods = false)
class BallotDoor {

    static final String API = "/api/v1/matters/*/votes";
    static final String API_DIRECT = "/api/v1/votes";
    static final String FORM = "/portal/matters/*/*/ballot";

    @Bean
    @Order(-1)
    SecurityFilterChain ballots(HttpSecurity http) throws Exception {
        var post = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(
                        post.matcher(HttpMethod.POST, API),
                        post.matcher(HttpMethod.POST, API_DIRECT),
                        post.matcher(HttpMethod.POST, FORM)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityHeaders::apply)
                .build();
    }

    @Bean
    FilterRegistrationBean<SessionCookieHidden> ballotSessionCookieHidden(
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        var registration = new FilterRegistrationBean<>(new SessionCookieHidden(sessionCookie));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Takes the session cookie out of a ballot's request, so that no session is looked up or touched. */
    static final class SessionCookieHidden extends OncePerRequestFilter {
        private final String name;

        SessionCookieHidden(String name) {
            this.name = name;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return !"POST".equals(request.getMethod())
                    || !(path.startsWith("/api/v1/matters/") && path.endsWith("/votes")
                            || path.equals(API_DIRECT)
                            || path.startsWith("/portal/matters/") && path.endsWith("/ballot"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public Cookie @Nullable [] getCookies() {
                            Cookie[] cookies = super.getCookies();
                            return cookies == null
                                    ? null
                                    : Arrays.stream(cookies)
                                            .filter(c -> !name.equals(c.getName()))
                                            .toArray(Cookie[]::new);
                        }

                        @Override
                        public @Nullable String getRequestedSessionId() {
                            return null;
                        }
                    },
                    response);
        }
    }
}
