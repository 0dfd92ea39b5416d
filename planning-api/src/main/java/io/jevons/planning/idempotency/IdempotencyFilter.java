package io.jevons.planning.idempotency;

import io.jevons.planning.http.ContentTooLarge;
import io.jevons.planning.http.ProblemTypes;
import io.jevons.planning.http.Problems;
import io.jevons.planning.web.Headers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a change safe to retry: a POST, PUT or PATCH to the API with an {@code Idempotency-Key} is carried out
 * once per user and key, and a retry gets the first answer again (header {@code Idempotent-Replayed: true}).
 * The same key with a different request (method, path, query or body) is refused (422), a retry while the first is
 * still running gets 409. Bodies are fingerprinted as they stream through, so a large import can carry a key too.
 * Runs after Spring Security, so the key belongs to the authenticated user.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final IdempotentRequests requests;
    private final JsonMapper json;

    IdempotencyFilter(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(Headers.IDEMPOTENCY_KEY) == null || !request.getRequestURI().startsWith("/api/")
                || !(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(Headers.IDEMPOTENCY_KEY);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed Idempotency-Key",
                    "an Idempotency-Key is 1 to 200 visible ASCII characters");
            return;
        }
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        FingerprintedRequest fingerprinted = new FingerprintedRequest(request);
        if (!requests.claim(user.getName(), key)) {
            answerAgain(requests.find(user.getName(), key), fingerprinted, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(fingerprinted, captured);
        } catch (IOException | ServletException | RuntimeException failure) {
            requests.release(user.getName(), key);
            throw failure;
        }
        String fingerprint = captured.getStatus() >= 500 ? null : fingerprintOf(fingerprinted);
        if (fingerprint == null) {
            requests.release(user.getName(), key);
        } else {
            requests.complete(user.getName(), key, new StoredAnswer(fingerprint, captured.getStatus(),
                    captured.getContentType(), captured.getHeader(HttpHeaders.LOCATION),
                    captured.getHeader(HttpHeaders.ETAG), captured.getContentAsByteArray()));
        }
        captured.copyBodyToResponse();
    }

    /** The request's fingerprint; null for a body over its limit, whose answer (413) is not kept. */
    private static String fingerprintOf(FingerprintedRequest request) throws IOException {
        try {
            return request.fingerprint();
        } catch (ContentTooLarge tooLarge) {
            return null;
        }
    }

    private void answerAgain(Optional<StoredAnswer> stored, FingerprintedRequest request, HttpServletResponse response)
            throws IOException {
        if (stored.isEmpty() || stored.get().status() == null) {
            problem(response, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Request in progress",
                    "a request with this Idempotency-Key is still being carried out; retry shortly");
        } else if (!stored.get().requestHash().equals(request.fingerprint())) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key reused", "this Idempotency-Key was used for a different request");
        } else {
            StoredAnswer answer = stored.get();
            response.setStatus(answer.status());
            response.setHeader(REPLAYED, "true");
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            if (answer.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, answer.etag());
            }
            if (answer.body() != null) {
                response.getOutputStream().write(answer.body());
            }
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, URI type, String title, String reason)
            throws IOException {
        ProblemDetail problem = Problems.of(status, type, title, Headers.IDEMPOTENCY_KEY, reason);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
