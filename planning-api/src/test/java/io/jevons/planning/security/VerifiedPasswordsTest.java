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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedPasswordsTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private volatile String paulsPassword = "right";
    /** Opened by a test that wants verifications to take a while. */
    private volatile CountDownLatch bcryptDone = new CountDownLatch(0);
    /** Stands in for bcrypt: knows one user and counts its verifications. */
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            verifications.incrementAndGet();
            try {
                bcryptDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!"paul".equals(request.getName()) || !paulsPassword.equals(request.getCredentials())) {
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

    @Test
    void requestsArrivingWhileBcryptRunsWaitForItsVerdictInsteadOfRunningItAgain() throws InterruptedException {
        bcryptDone = new CountDownLatch(1);
        List<String> names = new CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread client = new Thread(() -> names.add(passwords.authenticate(login("paul", "right")).getName()));
            client.start();
            clients.add(client);
        }
        while (!clients.stream().allMatch(client -> client.getState() == Thread.State.WAITING)) {
            Thread.onSpinWait();
        }
        bcryptDone.countDown();
        for (Thread client : clients) {
            client.join();
        }
        assertThat(names).hasSize(8).containsOnly("paul");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aBusyClientsVerdictIsRenewedByOneRequestBeforeItExpires() {
        passwords.authenticate(login("paul", "right"));
        now = now.plusSeconds(50); // past three quarters of the minute
        passwords.authenticate(login("paul", "right"));
        passwords.authenticate(login("paul", "right"));
        assertThat(verifications).hasValue(2);
        now = now.plusSeconds(40); // 90 s after the first login: past its expiry, not past the renewed one
        passwords.authenticate(login("paul", "right"));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRenewalThatBcryptRefusesEndsTheRememberedVerdict() {
        passwords.authenticate(login("paul", "right"));
        paulsPassword = "changed";
        now = now.plusSeconds(50);
        assertThatThrownBy(() -> passwords.authenticate(login("paul", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.authenticate(login("paul", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(3);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
