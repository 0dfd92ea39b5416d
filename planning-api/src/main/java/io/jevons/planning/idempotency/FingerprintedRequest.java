package io.jevons.planning.idempotency;

import io.jevons.planning.web.WatchedServletInputStream;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request whose fingerprint - SHA-256 of its method, path, query and body - is taken as its body streams through
 * to whoever reads it, so that a body of any size is hashed without being kept.
 */
final class FingerprintedRequest extends HttpServletRequestWrapper {

    private final MessageDigest digest;
    private ServletInputStream body;

    FingerprintedRequest(HttpServletRequest request) {
        super(request);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
        String query = request.getQueryString();
        digest.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Reads what nobody read of the body, and answers the fingerprint of the whole request. */
    String fingerprint() throws IOException {
        ServletInputStream rest = getInputStream();
        byte[] buffer = new byte[8192];
        while (rest.read(buffer) >= 0) {
            // every byte read goes through the digest
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new DigestingStream(super.getInputStream(), digest);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    private static final class DigestingStream extends WatchedServletInputStream {
        private final MessageDigest digest;

        DigestingStream(ServletInputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        protected void seen(byte[] buffer, int offset, int count) {
            digest.update(buffer, offset, count);
        }
    }
}
