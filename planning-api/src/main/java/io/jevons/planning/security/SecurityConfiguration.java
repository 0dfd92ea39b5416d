package io.jevons.planning.security;

import io.jevons.planning.http.ProblemTypes;
import io.jevons.planning.http.Problems;
import io.jevons.planning.tuning.VerifiedPasswords;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Who may do what. Every endpoint needs an authenticated user; viewers read, planners change
 * assumptions, admins replay. People use form login; API clients HTTP basic (and, by configuration,
 * OIDC bearer tokens). API errors are problem details, never a redirect to the login page; a wrong password and a
 * missing one get the same answer. Nobody gets a session before signing in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /**
     * Scripts, styles, images and connections from Jevons itself only: no inline script or eval, no plugin, no
     * framing. Style attributes stay allowed (the charts' tooltips carry them); style elements do not.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** A planning tool needs none of the browser's powerful features (those Chromium knows: it warns of others). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), display-capture=(), clipboard-read=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Users of the database: bcrypt verdicts remembered for {@code jevons.security.verified-password-ttl} (see {@link VerifiedPasswords}), verifications
     * throttled after failures (see {@link LoginThrottle}).
     */
    @Bean
    AuthenticationProvider databaseUsers(UserAccounts accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                         SecuritySettings settings) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(accounts);
        bcrypt.setPasswordEncoder(passwordEncoder);
        return VerifiedPasswords.remembering(new ThrottledVerification(bcrypt, throttle), accounts,
                settings.verifiedPasswordTtl());
    }

    /**
     * No observation around every security filter of every request: a visible share of a command's CPU (docs/tuning.md);
     * requests are measured once by {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.PLANNER.name())
                .role(Role.PLANNER.name()).implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json, ObjectProvider<JwtDecoder> jwtDecoder,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            SecuritySettings settings) throws Exception {
        PathPatternRequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        if (jwtDecoder.getIfAvailable() != null) {
            // OIDC for API clients: bearer tokens of the configured issuer (spring.security.oauth2.resourceserver.jwt.*)
            http.oauth2ResourceServer(server -> server.jwt(jwt ->
                    jwt.jwtAuthenticationConverter(OidcRoles.converter(settings.oidc().rolesClaim(),
                            settings.oidc().usernameClaim()))));
        }
        if (oidcClients.getIfAvailable() != null) {
            // OIDC for people: log in at the configured provider (spring.security.oauth2.client.*)
            http.oauth2Login(login -> login.loginPage("/login").userInfoEndpoint(userInfo ->
                    userInfo.oidcUserService(OidcRoles.userService(settings.oidc().rolesClaim(),
                            settings.oidc().usernameClaim()))));
        }
        AuthenticationEntryPoint problemEntryPoint = (request, response, exception) -> {
            if (exception instanceof LoginThrottled throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                writeProblem(json, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_SIGN_INS,
                        "Too many failed sign-ins", null, throttled.getMessage());
                return;
            }
            if (BasicCredentials.sent(request)) {
                // only a client that uses HTTP basic is challenged: a browser never learns to cache credentials
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Jevons\"");
            }
            writeProblem(json, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                    "Authentication required", null, "log in or send HTTP basic credentials");
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/throttled", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name())
                        .requestMatchers("/api/admin/**", "/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        // a signed-off plan is reopened by an admin only
                        .requestMatchers(HttpMethod.POST, "/api/scenarios/*/unlock").hasRole(Role.ADMIN.name())
                        // a proposal is reviewed by anyone who reads the plan; merged by a planner
                        .requestMatchers(HttpMethod.POST, "/api/scenarios/*/proposals/*/comments",
                                "/api/scenarios/*/proposals/*/reviews").hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.GET).hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD).hasRole(Role.VIEWER.name())
                        // every change, through the API or a page, is a planner's
                        .anyRequest().hasRole(Role.PLANNER.name()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new ThrottledSignInPage("/login?error", "/login/throttled")).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // no session before a login: the page to return to after it waits in a cookie
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                // CSRF guards cookie sessions: a request that presents a session cookie needs the token, whatever
                // other credentials it carries. An API call without one brings its own (basic or bearer) and is
                // only JSON, which a cross-site form cannot send without a CORS preflight that Jevons never grants;
                // a browser's cross-site request (Sec-Fetch-Site) needs the token all the same, in case the browser
                // holds basic credentials for this site.
                .csrf(csrf -> csrf
                        .csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(request -> api.matches(request)
                                && request.getRequestedSessionId() == null && !CrossSite.from(request)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problemEntryPoint, api)
                        .defaultAccessDeniedHandlerFor((request, response, exception) ->
                                writeProblem(json, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                                        "Not allowed", null, exception instanceof CsrfException
                                                ? "a request from a signed-in browser needs its CSRF token"
                                                : "your role does not allow " + request.getMethod() + " "
                                                + request.getRequestURI()), api));
        return http.build();
    }

    /**
     * A URL the firewall refuses (a double slash, a path parameter, ...) is the client's mistake:
     * a 400 problem naming what was refused, where Spring Security would hand the container an exception.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, rejected) -> write(json, response, HttpStatus.BAD_REQUEST,
                Problems.ofStatus(HttpStatus.BAD_REQUEST, rejected.getMessage()));
    }

    private static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, URI type,
                                     String title, String field, String reason) throws IOException {
        write(json, response, status, Problems.asMap(status, type, title, field, reason));
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status,
                              Map<String, Object> problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
