package io.jevons.planning.api.scenario;

/** A command that the scenario's current state refuses (a tag name taken, a lock already on): HTTP 409. */
public class ScenarioConflict extends RuntimeException {

    private final String field;

    public ScenarioConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
