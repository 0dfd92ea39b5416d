package io.jevons.planning.web;

/**
 * The headers every change of a scenario reads: If-Match (the version the planner saw, required) and
 * X-Correlation-Id (optional). Resolved from the request by {@link ChangeHeadersResolver}.
 */
public record ChangeHeaders(String ifMatch, String correlationId) {

    public long expectedVersion() {
        return IfMatch.version(ifMatch);
    }
}
