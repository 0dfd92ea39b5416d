package io.jevons.planning.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** Whether a request brought HTTP basic credentials. */
final class BasicCredentials {

    private BasicCredentials() {
    }

    static boolean sent(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
