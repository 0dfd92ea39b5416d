package io.jevons.planning.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Who signs in and how ({@code jevons.security}; the sign-in throttle is {@link LoginThrottleSettings}).
 *
 * @param adminPassword       the password of the {@code admin} account created at the first start; empty: none
 * @param monitorPassword     the password of the {@code monitor} account (metrics only); empty: none
 * @param verifiedPasswordTtl how long a password checked with bcrypt is taken as checked again for the same
 *                            account: API clients send it with every request, and bcrypt is slow by design
 * @param oidc                how a single sign-on provider's tokens name the user and their roles
 */
@ConfigurationProperties("jevons.security")
@Validated
public record SecuritySettings(@DefaultValue("") String adminPassword,
                               @DefaultValue("") String monitorPassword,
                               @DefaultValue("PT1M") @NotNull Duration verifiedPasswordTtl,
                               @DefaultValue @Valid Oidc oidc) {

    /**
     * @param rolesClaim    the claim that lists the user's roles (planner, viewer, admin)
     * @param usernameClaim the claim that names the user in events' metadata
     */
    public record Oidc(@DefaultValue("roles") @NotBlank String rolesClaim,
                       @DefaultValue("preferred_username") @NotBlank String usernameClaim) {
    }
}
