package io.jevons.planning.scenario;

/** The rules for the name of a version ("Board plan 2026-Q1"): present, one line, at most {@value #MAX_LENGTH}. */
final class TagName {

    static final int MAX_LENGTH = 80;

    private TagName() {
    }

    static String validated(String tag) {
        return BoundedText.validated(tag, "tag", "a version's name", MAX_LENGTH, false);
    }
}
