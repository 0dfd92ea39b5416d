package io.jevons.planning.scenario;

import io.jevons.capacity.validation.InvalidAssumptionsException;

/** The rules for a scenario's name: present, trimmed, at most {@value #MAX_LENGTH} characters. */
final class ScenarioName {

    static final int MAX_LENGTH = 120;

    private ScenarioName() {
    }

    static String validated(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidAssumptionsException.of("name", "a scenario needs a name");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw InvalidAssumptionsException.of("name",
                    "a name has at most " + MAX_LENGTH + " characters, was " + trimmed.length());
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw InvalidAssumptionsException.of("name", "a name cannot contain control characters");
        }
        return trimmed;
    }
}
