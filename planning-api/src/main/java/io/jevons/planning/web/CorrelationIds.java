package io.jevons.planning.web;

import org.axonframework.common.IdentifierFactory;
import org.slf4j.MDC;

import java.util.regex.Pattern;

/**
 * The correlation id of the work in progress on this thread: the caller's {@code X-Correlation-Id} when it is a
 * sane token, otherwise a new one. It is in the logging context (MDC key {@value #MDC_KEY}) for every log line,
 * answered in the response header, and stamped on every event the work causes.
 */
public final class CorrelationIds {

    public static final String MDC_KEY = "correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,100}");

    private CorrelationIds() {
    }

    /** The caller's id if usable, else a fresh one: a header is not trusted to be short or printable. */
    static String acceptOrCreate(String offered) {
        return offered != null && SANE.matcher(offered.strip()).matches() ? offered.strip() : newId();
    }

    /** The id of this thread's request or event, or a new one outside any (a scheduled job, a start-up task). */
    public static String current() {
        String current = MDC.get(MDC_KEY);
        return current == null ? newId() : current;
    }

    /** A random UUID from Axon's identifier factory, which does not queue every thread on one lock. */
    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
