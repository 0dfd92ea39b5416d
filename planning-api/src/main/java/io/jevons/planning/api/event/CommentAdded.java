package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/**
 * A planner's comment or decision record, on the scenario or on the change that made one version.
 *
 * @param aboutVersion the version whose change it discusses; null for the scenario as a whole
 */
@Revision("1")
public record CommentAdded(ScenarioId scenarioId, String text, Long aboutVersion) implements ScenarioEvent {

    /** A comment is its own reason. */
    @Override
    public String reason() {
        return null;
    }
}
