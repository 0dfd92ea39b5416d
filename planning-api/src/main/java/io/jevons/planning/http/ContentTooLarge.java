package io.jevons.planning.http;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * A request body longer than its limit ({@link RequestLimits}): HTTP 413. An {@link IOException}, so that a JSON
 * parser reading the body passes it on as the cause of its own failure.
 */
public class ContentTooLarge extends IOException {

    private final long maxBytes;

    public ContentTooLarge(long maxBytes) {
        super("a request body here has at most " + String.format(java.util.Locale.ROOT, "%,d", maxBytes) + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The answer: 413, the body concerned, the limit in bytes. */
    public ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.CONTENT_TOO_LARGE,
                "Request too large", "body", getMessage());
        problem.setProperty("maxBytes", maxBytes);
        return problem;
    }
}
