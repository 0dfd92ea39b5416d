package io.jevons.planning.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedPasswordsTest {

    private final AtomicInteger verifications = new AtomicInteger();
    /** Stands in for bcrypt: knows one user and counts its verifications. */
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            verifications.incrementAndGet();
            if (!"paul".equals(request.getName()) || !"right".equals(request.getCredentials())) {
                throw new BadCredentialsException("bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated("paul", null,
                    AuthorityUtils.createAuthorityList("ROLE_PLANNER"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(1),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void aVerifiedPasswordIsCheckedByBcryptOncePerMinute() {
        for (int i = 0; i < 100; i++) {
            assertThat(passwords.authenticate(login("paul", "right")).getName()).isEqualTo("paul");
        }
        assertThat(verifications).hasValue(1);
        now = now.plusSeconds(61);
        passwords.authenticate(login("paul", "right"));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void wrongPasswordsAreNeverRemembered() {
        passwords.authenticate(login("paul", "right"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> passwords.authenticate(login("paul", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> passwords.authenticate(login("paula", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(5);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
