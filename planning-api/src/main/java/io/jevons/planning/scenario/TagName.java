package io.jevons.planning.scenario;

import io.jevons.capacity.validation.Violations;

/** The rules for the name of a version ("Board plan 2026-Q1"): present, one line, at most {@value #MAX_LENGTH}. */
final class TagName {

    static final int MAX_LENGTH = 80;
    /** Names are looked up among all of a scenario's: the bound keeps a long history from costing each against each. */
    static final int MAX_TAGS = 1000;

    private TagName() {
    }

    static void check(Violations violations, String tag) {
        BoundedText.check(violations, tag, "tag", "a version's name", MAX_LENGTH, false);
    }
}
