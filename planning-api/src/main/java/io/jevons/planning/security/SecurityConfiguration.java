package io.jevons.planning.security;

import io.jevons.planning.web.ProblemTypes;
import io.jevons.planning.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Who may do what. Every endpoint needs an authenticated user; viewers read, planners change
 * assumptions, admins replay. People use form login; API clients HTTP basic (and, by configuration,
 * OIDC bearer tokens). API errors are problem details, never a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Users of the database, their bcrypt verdicts remembered for a minute (see {@link VerifiedPasswords}). */
    @Bean
    AuthenticationProvider databaseUsers(UserAccounts accounts, PasswordEncoder passwordEncoder,
                                         @Value("${jevons.security.verified-password-ttl:PT1M}") Duration ttl) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(accounts);
        bcrypt.setPasswordEncoder(passwordEncoder);
        return new VerifiedPasswords(bcrypt, accounts, ttl, Clock.systemUTC());
    }

    /**
     * No observation around every security filter of every request: it cost ~8% of a command's CPU (measured);
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
                                            @Value("${jevons.security.oidc.roles-claim:roles}") String rolesClaim,
                                            @Value("${jevons.security.oidc.username-claim:preferred_username}")
                                            String usernameClaim) throws Exception {
        PathPatternRequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        if (jwtDecoder.getIfAvailable() != null) {
            // OIDC for API clients: bearer tokens of the configured issuer (spring.security.oauth2.resourceserver.jwt.*)
            http.oauth2ResourceServer(server -> server.jwt(jwt ->
                    jwt.jwtAuthenticationConverter(OidcRoles.converter(rolesClaim, usernameClaim))));
        }
        if (oidcClients.getIfAvailable() != null) {
            // OIDC for people: log in at the configured provider (spring.security.oauth2.client.*)
            http.oauth2Login(login -> login.loginPage("/login").userInfoEndpoint(userInfo ->
                    userInfo.oidcUserService(OidcRoles.userService(rolesClaim, usernameClaim))));
        }
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name())
                        .requestMatchers("/api/admin/**", "/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        // a signed-off plan is reopened by an admin only
                        .requestMatchers(HttpMethod.POST, "/api/scenarios/*/unlock").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET).hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD).hasRole(Role.VIEWER.name())
                        // every change, through the API or a page, is a planner's
                        .anyRequest().hasRole(Role.PLANNER.name()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // CSRF guards cookie sessions. An API call that brings its own credentials (basic or
                // bearer) or no session at all needs no token: the API only reads JSON bodies, which a
                // cross-site form cannot send without a CORS preflight that Jevons never grants.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request)
                        && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, exception) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Jevons\"");
                            writeProblem(json, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                                    "Authentication required", null, "log in or send HTTP basic credentials");
                        }, api)
                        .defaultAccessDeniedHandlerFor((request, response, exception) ->
                                writeProblem(json, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                                        "Not allowed", null, "your role does not allow " + request.getMethod()
                                                + " " + request.getRequestURI()), api));
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
