package io.jevons.planning.web;

import io.jevons.planning.http.ProblemTypes;
import io.jevons.planning.http.Problems;
import org.springframework.http.HttpStatus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a planner saw, from the If-Match header ({@code "7"}, {@code W/"7"} or {@code 7}). Changing a
 * scenario without one is refused with 428: otherwise two planners could overwrite each other unseen.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw Problems.exception(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.VERSION_REQUIRED, "Version required",
                    HEADER, "send If-Match with the scenario version you changed (its ETag), so that no one's change is overwritten");
        }
        Matcher matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw Problems.exception(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed If-Match",
                    HEADER, "If-Match must be a scenario version such as \"7\", was " + header);
        }
        return Long.parseLong(matcher.group(1));
    }
}
