package io.jevons.planning.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused without looking at its password: too many failed ones came before it (HTTP 429). */
public class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next try may succeed, at least one ({@code Retry-After}). */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
