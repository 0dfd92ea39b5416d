package io.jevons.planning.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, user name and password pairs that bcrypt has verified, so that an API client
 * sending HTTP basic credentials with every request pays bcrypt's ~100 ms once a minute instead of on every call.
 * Keys are salted SHA-256 digests (the password itself is never kept); failures are never remembered. A changed
 * password or role takes effect within {@code ttl}.
 */
final class VerifiedPasswords implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(AuthenticationProvider verifier, Duration ttl, Clock clock) {
        this.verifier = verifier;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (request.getCredentials() == null) {
            return verifier.authenticate(request);
        }
        String key = digest(request.getName(), request.getCredentials().toString());
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && known.until().isAfter(now)) {
            return known.authentication();
        }
        Authentication authentication = verifier.authenticate(request);
        if (authentication != null && authentication.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(entry -> !entry.until().isAfter(now));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(key, new Verified(authentication, now.plus(ttl)));
        }
        return authentication;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
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

    private record Verified(Authentication authentication, Instant until) {
    }
}
