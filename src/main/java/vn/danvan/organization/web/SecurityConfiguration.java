package vn.danvan.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.http.HttpMethod;
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
import vn.danvan.organization.ApiTokens;
import vn.danvan.organization.Role;
import vn.danvan.organization.SecurityHeaders;

/**
 * Two doors: the REST API ({@code /api/**}) takes bearer tokens (and HTTP Basic for trying it), keeps no session
 * of its own and answers problem+json; the web pages use a form login with CSRF protection and a session that
 * times out.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * No observation around each filter of the security chains, nor of each authentication and authorization:
     * it cost more per request than it tells. The HTTP server's own timing (http.server.requests) stays
     * (docs/performance.md).
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Two requests of one session that both add an attribute (a flash message after two form posts at once)
     * both insert its row: PostgreSQL's upsert lets the second overwrite instead of failing the request with a
     * duplicate key after its work was done.
     */
    @Bean
    public PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * How session attributes are read back from PostgreSQL. A signed-in session holds Java-serialised objects (the
     * security context with its principal); when a new version moves or changes one of their classes, the stored
     * bytes no longer read, and Spring Session would fail every request of that browser until the session expires.
     * An attribute that cannot be read is treated as absent instead: the person is asked to sign in again.
     */
    @Bean("springSessionConversionService")
    public GenericConversionService springSessionConversionService() {
        var service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, new SerializingConverter());
        var deserializer = new DeserializingConverter(SecurityConfiguration.class.getClassLoader());
        service.addConverter(new UnreadableAsAbsent(deserializer));
        return service;
    }

    private record UnreadableAsAbsent(DeserializingConverter deserializer) implements GenericConverter {

        private static final Logger log = LoggerFactory.getLogger(UnreadableAsAbsent.class);

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(byte[].class, Object.class));
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            try {
                return deserializer.convert((byte[]) source);
            } catch (SerializationFailedException unreadable) {
                log.warn(
                        "A session attribute written by another version could not be read; treated as absent: {}",
                        unreadable.getMostSpecificCause().toString());
                return null;
            }
        }
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The API: a bearer token ({@link ApiTokens}) for client systems, HTTP Basic for a person trying it (it hashes
     * the password with bcrypt at every request, about 15 a second per core). A write a browser sends from another
     * site is refused ({@link CrossSiteWriteFilter}).
     */
    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, ApiDoor door) throws Exception {
        return door.apply(http.securityMatcher("/api/**"))
                // What the admin pages (/admin/**) do is for administrators over the API too (OrganizationApi).
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/staff", "/api/v1/staff/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/bodies", "/api/v1/bodies/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new CrossSiteWriteFilter(door.forbidden), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * What operators use (metrics, the OpenAPI document and Swagger UI) needs the administrator's role, through
     * the API's door (a token for a Prometheus scraper, Basic in a browser); health stays public for the probes.
     */
    @Bean
    @Order(2)
    public SecurityFilterChain operations(HttpSecurity http, ApiDoor door) throws Exception {
        return door.apply(http.securityMatcher(
                        "/actuator/**",
                        "/v3/api-docs/**",
                        "/v3/api-docs",
                        "/v3/api-docs.yaml",
                        "/swagger-ui/**",
                        "/swagger-ui.html"))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMINISTRATOR.name()))
                .build();
    }

    /** The stateless door of the API and the operators' endpoints: bearer token or Basic, answers problem+json. */
    @Bean
    public ApiDoor apiDoor(MessageSource messages, LocaleResolver locales, ApiTokens tokens) {
        return new ApiDoor(messages, locales, tokens);
    }

    public static final class ApiDoor {
        private final AuthenticationEntryPoint unauthenticated;
        private final AuthenticationEntryPoint badToken;
        private final AccessDeniedHandler forbidden;
        private final ApiTokens tokens;

        ApiDoor(MessageSource messages, LocaleResolver locales, ApiTokens tokens) {
            var json = JsonMapper.builder().build();
            this.tokens = tokens;
            this.unauthenticated = (request, response, exception) -> {
                // One challenge a header: browsers read only the first scheme of a header, and offer their sign-in
                // dialog only for Basic.
                response.setHeader("WWW-Authenticate", "Basic realm=\"danvan\"");
                response.addHeader("WWW-Authenticate", "Bearer realm=\"danvan\"");
                writeProblem(
                        response,
                        json,
                        messages,
                        locales.resolveLocale(request),
                        HttpStatus.UNAUTHORIZED,
                        "problem.unauthorized",
                        request.getRequestURI());
            };
            this.badToken = (request, response, exception) -> {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"danvan\", error=\"invalid_token\"");
                writeProblem(
                        response,
                        json,
                        messages,
                        locales.resolveLocale(request),
                        HttpStatus.UNAUTHORIZED,
                        "problem.token-invalid",
                        request.getRequestURI());
            };
            this.forbidden = (request, response, exception) -> writeProblem(
                    response,
                    json,
                    messages,
                    locales.resolveLocale(request),
                    HttpStatus.FORBIDDEN,
                    exception instanceof CrossSiteWriteFilter.CrossSiteWrite ? "problem.csrf" : "problem.forbidden",
                    request.getRequestURI());
        }

        HttpSecurity apply(HttpSecurity http) throws Exception {
            return http.addFilterBefore(new BearerTokenFilter(tokens, badToken), BasicAuthenticationFilter.class)
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                    .exceptionHandling(handling ->
                            handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                    .headers(SecurityHeaders::apply)
                    // No session here: the pages' session cookie authenticates nothing, so no CSRF token is needed;
                    // what a browser adds by itself (cached Basic credentials) is stopped cross-site by the API.
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }
    }

    /** Last: every path the other chains (API, operations, portal, Open311) do not claim. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/robots.txt")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/home", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> SecurityHeaders.apply(
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CSP))))
                .csrf(Customizer.withDefaults())
                .build();
    }

    private static void writeProblem(
            HttpServletResponse response,
            JsonMapper json,
            MessageSource messages,
            Locale locale,
            HttpStatus status,
            String code,
            String path)
            throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, locale));
        problem.setType(URI.create("https://danvan.vn/problems/" + code.replace("problem.", "")));
        problem.setTitle(
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
