package io.jevons.planning.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * A failed form sign-in: back to the sign-in page with an error, or, when the sign-in was throttled, the sign-in page
 * answered as 429 with {@code Retry-After} and the wait in request attribute {@value #RETRY_AFTER_SECONDS}.
 */
final class ThrottledSignInPage implements AuthenticationFailureHandler {

    /** The seconds to wait, for the page that says so. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final AuthenticationFailureHandler failed;
    private final String throttledPage;

    ThrottledSignInPage(String failedUrl, String throttledPage) {
        this.failed = new SimpleUrlAuthenticationFailureHandler(failedUrl);
        this.throttledPage = throttledPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (!(exception instanceof LoginThrottled throttled)) {
            failed.onAuthenticationFailure(request, response, exception);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        request.setAttribute(RETRY_AFTER_SECONDS, throttled.retryAfterSeconds());
        request.getRequestDispatcher(throttledPage).forward(request, response);
    }
}
