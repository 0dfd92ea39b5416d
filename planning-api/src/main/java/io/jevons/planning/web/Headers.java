package io.jevons.planning.web;

/** Request headers of the Jevons API besides the standard ones. */
public final class Headers {

    /** Ties every event of one client operation together in the audit log. */
    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** Makes a retried POST/PUT/PATCH safe: the same key replays the first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Headers() {
    }
}
