package io.jevons.planning.tuning;


import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

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
    private final AtomicInteger accountReads = new AtomicInteger();
    private volatile String paulsPassword = "right";
    private volatile String paulsRole = "PLANNER";
    private volatile boolean paulEnabled = true;
    /** Opened by a test that wants verifications to take a while. */
    private volatile CountDownLatch bcryptDone = new CountDownLatch(0);
    /** Paul's account as the database has it; the "hash" names the password, so a new password is a new hash. */
    private final UserDetailsService accounts = username -> {
        accountReads.incrementAndGet();
        if (!"paul".equals(username)) {
            throw new UsernameNotFoundException("no user " + username);
        }
        return User.withUsername("paul").password("hash of " + paulsPassword).roles(paulsRole)
                .disabled(!paulEnabled).build();
    };
    /** Stands in for bcrypt: checks a password against the account and counts its verifications. */
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            verifications.incrementAndGet();
            try {
                bcryptDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            UserDetails account;
            try {
                account = accounts.loadUserByUsername(request.getName());
            } catch (UsernameNotFoundException unknown) {
                throw new BadCredentialsException("bad credentials");
            }
            if (!account.isEnabled()) {
                throw new DisabledException("disabled");
            }
            if (!account.getPassword().equals("hash of " + request.getCredentials())) {
                throw new BadCredentialsException("bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
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
            };
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, accounts, Duration.ofMinutes(1), clock);

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
    void aBusyClientsVerdictIsRenewedByOneRequestBeforeItExpiresWithoutBcrypt() {
        passwords.authenticate(login("paul", "right"));
        now = now.plusSeconds(50); // past three quarters of the minute
        passwords.authenticate(login("paul", "right"));
        passwords.authenticate(login("paul", "right"));
        assertThat(accountReads).as("the bcrypt check, then the renewal's read").hasValue(2);
        now = now.plusSeconds(40); // 90 s after the first login: past its expiry, not past the renewed one
        passwords.authenticate(login("paul", "right"));
        assertThat(verifications).as("the password hash was unchanged").hasValue(1);
        assertThat(accountReads).hasValue(2);
    }

    @Test
    void aRenewalTakesUpANewRoleWithoutBcrypt() {
        passwords.authenticate(login("paul", "right"));
        paulsRole = "VIEWER";
        now = now.plusSeconds(50);
        List<String> renewedRoles = roles(passwords.authenticate(login("paul", "right")));
        List<String> rolesAfterwards = roles(passwords.authenticate(login("paul", "right")));
        assertThat(renewedRoles).isEqualTo(rolesAfterwards).containsExactly("ROLE_VIEWER");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRenewalAfterAPasswordChangeRunsBcryptWhichRefusesTheOldPassword() {
        passwords.authenticate(login("paul", "right"));
        paulsPassword = "changed";
        now = now.plusSeconds(50);
        assertThatThrownBy(() -> passwords.authenticate(login("paul", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.authenticate(login("paul", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(3);
        assertThat(passwords.authenticate(login("paul", "changed")).getName()).isEqualTo("paul");
    }

    @Test
    void aRenewalOfADisabledAccountIsRefused() {
        passwords.authenticate(login("paul", "right"));
        paulEnabled = false;
        now = now.plusSeconds(50);
        assertThatThrownBy(() -> passwords.authenticate(login("paul", "right"))).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> passwords.authenticate(login("paul", "right"))).isInstanceOf(DisabledException.class);
    }

    @Test
    void aVerdictWithoutAKnownPasswordHashIsRenewedByBcrypt() {
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider tellsNoHash = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication request) {
                checks.incrementAndGet();
                return UsernamePasswordAuthenticationToken.authenticated("paul", null,
                        AuthorityUtils.createAuthorityList("ROLE_PLANNER"));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        VerifiedPasswords withoutHashes = new VerifiedPasswords(tellsNoHash, accounts, Duration.ofMinutes(1), clock);
        withoutHashes.authenticate(login("paul", "right"));
        now = now.plusSeconds(50);
        withoutHashes.authenticate(login("paul", "right"));
        assertThat(checks).hasValue(2);
        assertThat(accountReads).as("no account to compare a hash with").hasValue(0);
    }

    @Test
    void withSpringSecuritysOwnProviderARenewalSkipsBcryptAndAChangedPasswordIsRefused() {
        AtomicInteger bcryptChecks = new AtomicInteger();
        BCryptPasswordEncoder bcryptEncoder = new BCryptPasswordEncoder(4);
        PasswordEncoder countingEncoder = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcryptEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                bcryptChecks.incrementAndGet();
                return bcryptEncoder.matches(raw, hash);
            }
        };
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("paul")
                .password(countingEncoder.encode("right")).roles("PLANNER").build());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(countingEncoder);
        // the ProviderManager erases the credentials (and the principal's hash) of what it returns
        AuthenticationManager manager = new ProviderManager(new VerifiedPasswords(dao, users, Duration.ofMinutes(1), clock));

        manager.authenticate(login("paul", "right"));
        now = now.plusSeconds(50);
        manager.authenticate(login("paul", "right"));
        assertThat(bcryptChecks).as("the renewal found the hash bcrypt had checked").hasValue(1);

        users.updateUser(User.withUsername("paul").password(countingEncoder.encode("new")).roles("PLANNER").build());
        now = now.plusSeconds(50);
        assertThatThrownBy(() -> manager.authenticate(login("paul", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThat(manager.authenticate(login("paul", "new")).isAuthenticated()).isTrue();
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
