package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The scenario takes no changes of its assumptions until it is unlocked; comments, tags and actuals still go in. */
@Revision("1")
public record ScenarioLocked(ScenarioId scenarioId, String reason) implements ScenarioEvent {
}
