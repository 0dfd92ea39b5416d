package io.jevons.planning.http;

/** A scenario version as an HTTP entity tag ({@code "7"}), the value clients send back in If-Match. */
public final class VersionTags {

    private VersionTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
