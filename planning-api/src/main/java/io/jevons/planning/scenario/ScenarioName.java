package io.jevons.planning.scenario;

/** The rules for a scenario's name: present, trimmed, at most {@value #MAX_LENGTH} characters. */
final class ScenarioName {

    static final int MAX_LENGTH = 120;

    private ScenarioName() {
    }

    static String validated(String name) {
        return BoundedText.validated(name, "name", "a scenario's name", MAX_LENGTH, false);
    }
}
