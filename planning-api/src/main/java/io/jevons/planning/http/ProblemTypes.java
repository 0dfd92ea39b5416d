package io.jevons.planning.http;

import java.net.URI;

/** Stable {@code type} URIs of Jevons' problem details (RFC 9457); clients may switch on them. */
public final class ProblemTypes {

    private static final String BASE = "https://jevons.io/problems/";

    public static final URI INVALID_ASSUMPTION = URI.create(BASE + "invalid-assumption");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    /** A revert over later changes of the same assumptions, or a merge with unresolved conflicts; lists them. */
    public static final URI CONFLICTING_CHANGES = URI.create(BASE + "conflicting-changes");
    public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
    public static final URI VERSION_REQUIRED = URI.create(BASE + "version-required");
    public static final URI ARCHIVED = URI.create(BASE + "archived");
    public static final URI LOCKED = URI.create(BASE + "locked");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI DATABASE_UNAVAILABLE = URI.create(BASE + "database-unavailable");
    public static final URI CONTENT_TOO_LARGE = URI.create(BASE + "content-too-large");
    public static final URI TOO_MANY_SIGN_INS = URI.create(BASE + "too-many-sign-ins");
    /** RFC 9457's default: the status says it all. */
    public static final URI NO_SPECIFIC_TYPE = URI.create("about:blank");

    private ProblemTypes() {
    }
}
