package io.jevons.planning.web;

import io.jevons.planning.http.ContentTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Bounds the body of every API request ({@link RequestLimits}): a declared length over the limit is refused at once
 * (413), and a body that turns out longer fails its reader at the limit, so no request makes the node read, parse
 * or keep more than that. Runs right after Spring Security, before anything that reads a body.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@EnableConfigurationProperties(RequestLimits.class)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final RequestLimits limits;
    private final JsonMapper json;

    BodySizeLimitFilter(RequestLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limits.maxBytes(request.getRequestURI());
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), new ContentTooLarge(maxBytes).problem());
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    }

    /** The request with a body that fails its reader past {@code maxBytes}. */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends WatchedServletInputStream {
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream body, long maxBytes) {
            super(body);
            this.maxBytes = maxBytes;
        }

        /** Never more than one byte past the limit, whatever the reader's buffer. */
        @Override
        protected int allowed(int requested) {
            return (int) Math.min(requested, maxBytes - read + 1);
        }

        @Override
        protected void seen(byte[] buffer, int offset, int count) throws ContentTooLarge {
            read += count;
            if (read > maxBytes) {
                throw new ContentTooLarge(maxBytes);
            }
        }
    }
}
