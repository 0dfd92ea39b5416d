package io.jevons.planning.tuning;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Remembers, for a short while, user name and password pairs that bcrypt has verified, so that an API client
 * sending HTTP basic credentials with every request pays for bcrypt when it starts (and after a minute without
 * requests) instead of on every call.
 * Keys are salted SHA-256 digests (the password itself is never kept); failures are never remembered. A changed
 * password, role or account state takes effect within {@code ttl}.
 * <p>
 * A verdict never expires under a busy client's feet: in the last quarter of its life the next request renews it
 * while the others keep using it, and requests that find none wait for the one bcrypt already running for the
 * same credentials. Without that, 16 connections of one client all missed at the same moment once a minute and
 * ran bcrypt once each on a few cores, and every request of that second waited for them.
 * <p>
 * A renewal reads the account again but runs bcrypt only if its password hash changed: bcrypt proved that the
 * password matches that hash, and as long as the hash stands the proof does; re-running it would queue a busy
 * client's requests behind it at every renewal.
 */
public final class VerifiedPasswords implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final UserDetailsService accounts;
    private final Duration ttl;
    private final Duration renewAfter;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> running = new ConcurrentHashMap<>();

    VerifiedPasswords(AuthenticationProvider verifier, UserDetailsService accounts, Duration ttl, Clock clock) {
        this.verifier = verifier;
        this.accounts = accounts;
        this.ttl = ttl;
        this.renewAfter = ttl.multipliedBy(3).dividedBy(4);
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /**
     * {@code verifier} with its verdicts remembered for {@code ttl}; {@code verifier} itself, asked every time, when
     * {@code ttl} is zero.
     */
    public static AuthenticationProvider remembering(AuthenticationProvider verifier, UserDetailsService accounts,
                                                     Duration ttl) {
        return ttl.isZero() ? verifier : new VerifiedPasswords(verifier, accounts, ttl, Clock.systemUTC());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (request.getCredentials() == null) {
            return verifier.authenticate(request);
        }
        String key = digest(request.getName(), request.getCredentials().toString());
        Instant now = clock.instant();
        Verdict known = verdicts.get(key);
        if (known != null && now.isBefore(known.expires())) {
            return now.isBefore(known.renewFrom()) || !known.claimRenewal()
                    ? known.authentication() : renew(key, known, request, now);
        }
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return awaitVerdict(other);
        }
        try {
            Authentication authentication = verifyAndRemember(key, request, now);
            mine.complete(authentication);
            return authentication;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            running.remove(key, mine);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Authentication renew(String key, Verdict known, Authentication request, Instant now) {
        if (known.passwordHash() == null) {
            return verifyAndRemember(key, request, now); // nothing to compare the account with: bcrypt reads it
        }
        UserDetails account;
        try {
            account = accounts.loadUserByUsername(request.getName());
        } catch (UsernameNotFoundException gone) {
            return verifyAndRemember(key, request, now);
        }
        if (!stillProven(known, account)) {
            return verifyAndRemember(key, request, now);
        }
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        renewed.setDetails(request.getDetails());
        remember(key, renewed, account.getPassword(), now);
        return renewed;
    }

    /** The account is usable and still has the password hash the verdict was verified against. */
    private static boolean stillProven(Verdict known, UserDetails account) {
        return known.passwordHash().equals(account.getPassword())
                && account.isEnabled() && account.isAccountNonLocked() && account.isAccountNonExpired()
                && account.isCredentialsNonExpired();
    }

    private Authentication verifyAndRemember(String key, Authentication request, Instant now) {
        Authentication authentication;
        try {
            authentication = verifier.authenticate(request);
        } catch (RuntimeException refused) {
            verdicts.remove(key); // a password changed since: nobody may go on using the old verdict
            throw refused;
        }
        if (authentication != null && authentication.isAuthenticated()) {
            // the hash bcrypt checked the password against; Spring Security erases it from the principal afterwards
            remember(key, authentication,
                    authentication.getPrincipal() instanceof UserDetails account ? account.getPassword() : null, now);
        }
        return authentication;
    }

    private void remember(String key, Authentication authentication, String passwordHash, Instant now) {
        if (verdicts.size() >= MAX_ENTRIES) {
            verdicts.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (verdicts.size() >= MAX_ENTRIES) {
                verdicts.clear();
            }
        }
        verdicts.put(key, new Verdict(authentication, passwordHash, now.plus(renewAfter), now.plus(ttl),
                new AtomicBoolean()));
    }

    private static Authentication awaitVerdict(CompletableFuture<Authentication> verification) {
        try {
            return verification.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw failed;
        }
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    /**
     * A verified login and the password hash it was verified against (null if the verifier did not tell);
     * {@code renewing} lets exactly one request renew it.
     */
    private record Verdict(Authentication authentication, String passwordHash, Instant renewFrom, Instant expires,
                           AtomicBoolean renewing) {

        boolean claimRenewal() {
            return renewing.compareAndSet(false, true);
        }
    }
}
