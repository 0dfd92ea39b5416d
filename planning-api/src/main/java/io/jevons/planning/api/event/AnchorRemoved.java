package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A planner's own anchor taken out of the scenario's calibration. */
@Revision("1")
public record AnchorRemoved(ScenarioId scenarioId, String anchor, String reason) implements ScenarioEvent {
}
