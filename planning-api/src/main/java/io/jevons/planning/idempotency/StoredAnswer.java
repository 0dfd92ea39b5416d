package io.jevons.planning.idempotency;

/** The first answer to a request with an Idempotency-Key; {@code status} is null while it is being made. */
record StoredAnswer(String requestHash, Integer status, String contentType, String location, String etag, byte[] body) {
}
