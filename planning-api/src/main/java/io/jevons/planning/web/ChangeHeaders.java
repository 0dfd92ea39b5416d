package io.jevons.planning.web;

/**
 * The header every change of a scenario reads: If-Match, the version the planner saw (required). Resolved from
 * the request by {@link ChangeHeadersResolver}; the correlation id comes from {@link CorrelationIdFilter}.
 */
public record ChangeHeaders(String ifMatch) {

    public long expectedVersion() {
        return IfMatch.version(ifMatch);
    }
}
