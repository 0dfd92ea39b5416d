package io.jevons.projection.projection;

/** The latest version of a scenario the read models hold, and the number of the generation serving it. */
record ServedVersion(int generation, long version) {
}
