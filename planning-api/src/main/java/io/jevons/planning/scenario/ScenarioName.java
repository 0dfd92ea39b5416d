package io.jevons.planning.scenario;

import io.jevons.capacity.validation.Violations;

/** The rules for a scenario's name: present, one line, at most {@value #MAX_LENGTH} characters. */
final class ScenarioName {

    static final int MAX_LENGTH = 120;

    private ScenarioName() {
    }

    static void check(Violations violations, String name) {
        BoundedText.check(violations, name, "name", "a scenario's name", MAX_LENGTH, false);
    }
}
