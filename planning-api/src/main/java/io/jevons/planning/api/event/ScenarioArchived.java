package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The scenario is kept for the record and takes no further changes. */
@Revision("1")
public record ScenarioArchived(ScenarioId scenarioId, String reason) implements ScenarioEvent {
}
