package io.jevons.planning.scenario;

/**
 * A scenario's version is the number of events in its stream: 1 right after creation. Axon counts
 * from 0 (the sequence number of the last event), so the two differ by one, here and only here.
 */
final class ScenarioVersions {

    static final long AFTER_CREATION = 1;

    private ScenarioVersions() {
    }
}
