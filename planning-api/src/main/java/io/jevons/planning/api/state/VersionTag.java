package io.jevons.planning.api.state;

/**
 * A name for a version of a scenario.
 *
 * @param version         the version it names
 * @param taggedInVersion the version the tagging made (its audit entry tells who and when)
 */
public record VersionTag(String name, long version, long taggedInVersion) {
}
