package vn.danvan.organization;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the REST API ({@code /api/**}) takes bearer tokens (and HTTP Basic for trying it), keeps no session
 * of its own and answers problem+json; the web pages use a form login with CSRF protection and a session that
 * times out.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * No observation around each filter of the security chains, nor of each authentication and authorization:
     * it cost more per request than it tells. The HTTP server's own timing (http.server.requests) stays
     * (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Two requests of one session that both add an attribute (a flash message after two form posts at once)
     * both insert its row: PostgreSQL's upsert lets the second overwrite instead of failing the request with a
     * duplicate key after its work was done.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The API: a bearer token ({@link ApiTokens}) for client systems, HTTP Basic for a person trying it (it hashes
     * the password with bcrypt at every request, about 15 a second per core). A write a browser sends from another
     * site is refused ({@link CrossSiteWriteFilter}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales, ApiTokens tokens,
            StaffDetailsService staff) throws Exception {
        var json = JsonMapper.builder().build();
        AuthenticationEntryPoint unauthenticated = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"danvan\", Basic realm=\"danvan\"");
            writeProblem(response, json, messages, locales.resolveLocale(request), HttpStatus.UNAUTHORIZED,
                    "problem.unauthorized", request.getRequestURI());
        };
        AuthenticationEntryPoint badToken = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"danvan\", error=\"invalid_token\"");
            writeProblem(response, json, messages, locales.resolveLocale(request), HttpStatus.UNAUTHORIZED,
                    "problem.token-invalid", request.getRequestURI());
        };
        AccessDeniedHandler forbidden = (request, response, exception) -> writeProblem(response, json, messages,
                locales.resolveLocale(request), HttpStatus.FORBIDDEN,
                exception instanceof CrossSiteWriteFilter.CrossSiteWrite ? "problem.csrf" : "problem.forbidden",
                request.getRequestURI());
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new CrossSiteWriteFilter(forbidden), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, staff, badToken), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                // No session here: the pages' session cookie does not authenticate the API, so no CSRF token is
                // needed; what a browser adds by itself (cached Basic credentials) is stopped cross-site above.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Last: every path the other chains (API, portal, Open311) do not claim. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/petitions", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
                .csrf(Customizer.withDefaults())
                .build();
    }

    private static void writeProblem(HttpServletResponse response, JsonMapper json, MessageSource messages,
            Locale locale, HttpStatus status, String code, String path) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, locale));
        problem.setType(URI.create("https://danvan.vn/problems/" + code.replace("problem.", "")));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
