package io.jevons.planning.audit;

/** Metadata keys every event carries: who caused it and which request it belongs to. */
public final class AuditMetadata {

    /** The authenticated user who sent the command, never a value taken from the request body. */
    public static final String USER = "user";
    /** Ties every event of one request (or one client-side operation) together. */
    public static final String CORRELATION_ID = "correlationId";

    private AuditMetadata() {
    }
}
