package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A version of the scenario was given a name ("Board plan 2026-Q1") that finds it from then on. */
@Revision("1")
public record VersionTagged(ScenarioId scenarioId, String tag, long version, String reason) implements ScenarioEvent {
}
