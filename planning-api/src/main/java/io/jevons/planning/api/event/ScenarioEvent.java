package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;

/**
 * Every event of a scenario's stream, with the planner's reason (optional except for assumption changes). The
 * permitted types are the published language: {@link ScenarioEventTypes} is derived from them.
 */
public sealed interface ScenarioEvent permits AssumptionEvent,
        ScenarioCreated, ScenarioForked, ScenarioRenamed, ScenarioArchived,
        VersionTagged, ScenarioLocked, ScenarioUnlocked, CommentAdded,
        ActualsRecorded, AnchorSet, AnchorRemoved, ProposalEvent {

    ScenarioId scenarioId();

    String reason();
}
