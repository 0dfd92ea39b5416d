package io.jevons.planning.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How failed sign-ins slow down password guessing ({@link LoginThrottle}). After the free failures of a key, each
 * further failure blocks it for twice as long as the last, from a second up to its longest block.
 *
 * @param accountAddressFailures free failures on one account from one client address
 * @param addressFailures        free failures from one client address, over all accounts
 * @param accountFailures        free failures on one account from addresses it has not signed in from
 * @param window                 failures older than this are forgotten
 * @param longestBlock           the longest block of an address, or of an account from one address
 * @param longestAccountBlock    the longest block of an account from unknown addresses: short, since anyone can
 *                               trigger it, and its owner signs in from a known address regardless
 * @param knownAddressFor        how long an address stays known to an account after a sign-in from it
 */
@ConfigurationProperties("jevons.security.login-throttle")
@Validated
public record LoginThrottleSettings(@DefaultValue("5") @Min(1) int accountAddressFailures,
                                    @DefaultValue("20") @Min(1) int addressFailures,
                                    @DefaultValue("20") @Min(1) int accountFailures,
                                    @DefaultValue("PT15M") @NotNull Duration window,
                                    @DefaultValue("PT15M") @NotNull Duration longestBlock,
                                    @DefaultValue("PT1M") @NotNull Duration longestAccountBlock,
                                    @DefaultValue("P30D") @NotNull Duration knownAddressFor) {
}
