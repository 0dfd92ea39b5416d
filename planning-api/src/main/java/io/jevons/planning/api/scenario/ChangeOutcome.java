package io.jevons.planning.api.scenario;

/**
 * What a change command answers. A stale version is an answer, not an exception: a refused command then
 * leaves the loaded scenario cached instead of rolling back, which matters when planners race.
 */
public sealed interface ChangeOutcome {

    /** The change is stored; the scenario is now at {@code version}. */
    record Applied(long version) implements ChangeOutcome {
    }

    /** The planner changed {@code expectedVersion}, but the scenario is at {@code currentVersion}. */
    record Stale(long expectedVersion, long currentVersion) implements ChangeOutcome {
    }
}
