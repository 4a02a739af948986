package vn.danvan.portal.web;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.danvan.organization.SecurityHeaders;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.portal.CitizenPrincipal;

/**
 * The citizens' door, apart from the staff's: its own login (e-mail or phone and password; OIDC such as
 * VNeID or Keycloak when {@code spring.security.oauth2.client.registration.*} is set), its own place in
 * the session, so a citizen is never a staff member and the other way round. Open311 is stateless and
 * authenticates clients by API key.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        // Clients authenticate with an API key in the form, checked by the endpoint; the filters a browser
        // session needs (saved requests, logout, the servlet API wrapper, anonymous tokens) are left out.
        return http.securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityHeaders::apply)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain portal(
            HttpSecurity http,
            CitizenAccountManagement accounts,
            PasswordEncoder passwords,
            ObjectProvider<ClientRegistrationRepository> oidcClients)
            throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey("DANVAN_CITIZEN_SECURITY_CONTEXT");
        var passwordLogin = new DaoAuthenticationProvider(logins(accounts));
        passwordLogin.setPasswordEncoder(passwords);
        boolean oidc = oidcClients.getIfAvailable() != null;
        var oidcUsers = citizenOidcUsers(accounts);
        // Its own manager, without the staff's as parent: a staff password never opens a citizen session.
        var manager = oidc
                ? new ProviderManager(
                        passwordLogin,
                        new OidcAuthorizationCodeAuthenticationProvider(
                                new RestClientAuthorizationCodeTokenResponseClient(), oidcUsers))
                : new ProviderManager(passwordLogin);
        http.securityMatcher("/portal/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/portal/account", "/portal/account/cases")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/portal/login")
                        .loginProcessingUrl("/portal/login")
                        .usernameParameter("login")
                        .defaultSuccessUrl("/portal/account", false)
                        .failureUrl("/portal/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal?signedOut"))
                .headers(headers -> SecurityHeaders.apply(
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CSP))))
                .csrf(Customizer.withDefaults());
        if (oidc) {
            http.oauth2Login(login -> login.loginPage("/portal/login")
                    .authorizationEndpoint(endpoint -> endpoint.baseUri("/portal/oauth2/authorization"))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri("/portal/login/oauth2/code/*"))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .defaultSuccessUrl("/portal/account", false)
                    .failureUrl("/portal/login?error"));
        }
        return http.build();
    }

    /** Logs in by e-mail address or phone number. */
    private static UserDetailsService logins(CitizenAccountManagement accounts) {
        return login -> accounts.passwordLogin(login)
                .map(found -> (UserDetails) new CitizenUser(found.citizenId(), login, found.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no citizen " + login));
    }

    /** After an OIDC login, the citizen's account is found or created, and its id travels with the user. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> citizenOidcUsers(CitizenAccountManagement accounts) {
        var standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            // An ID token without a subject is refused by Spring Security's validation before it gets here.
            long id = accounts.linkOidc(
                    String.valueOf(user.getIssuer()),
                    Objects.requireNonNull(user.getSubject(), "an ID token has a subject"),
                    user.getFullName(),
                    user.getEmail());
            return new CitizenOidcUser(user, id);
        };
    }

    /** The signed-in citizen as Spring Security holds them after a password login. */
    static final class CitizenUser extends User implements CitizenPrincipal {
        private final long citizenId;

        CitizenUser(long citizenId, String login, String passwordHash) {
            super(login, passwordHash, AuthorityUtils.createAuthorityList("ROLE_CITIZEN"));
            this.citizenId = citizenId;
        }

        @Override
        public long citizenId() {
            return citizenId;
        }
    }

    static final class CitizenOidcUser extends DefaultOidcUser implements CitizenPrincipal {
        private final long citizenId;

        CitizenOidcUser(OidcUser user, long citizenId) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.citizenId = citizenId;
        }

        @Override
        public long citizenId() {
            return citizenId;
        }
    }

    /** The signed-in citizen's account id, whichever way they signed in. */
    static Optional<Long> citizenId(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case CitizenUser user -> Optional.of(user.citizenId());
            case CitizenOidcUser user -> Optional.of(user.citizenId());
            case null, default -> Optional.empty();
        };
    }
}
