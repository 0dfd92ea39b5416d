package io.jevons.planning.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Verifies a password unless the {@link LoginThrottle} refuses the attempt first, and tells it the outcome. Sits
 * under {@link VerifiedPasswords}: a client whose password was verified a moment ago goes on unthrottled, whatever
 * others are guessing.
 */
final class ThrottledVerification implements AuthenticationProvider {

    private final AuthenticationProvider verifier;
    private final LoginThrottle throttle;

    ThrottledVerification(AuthenticationProvider verifier, LoginThrottle throttle) {
        this.verifier = verifier;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "local";
        throttle.check(username, address);
        Authentication verified;
        try {
            verified = verifier.authenticate(request);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
        if (verified != null && verified.isAuthenticated()) {
            throttle.succeeded(verified.getName(), address);
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }
}
