package io.jevons.projection.scenariolist;

import io.jevons.planning.api.scenario.ScenarioArchived;
import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioForked;
import io.jevons.planning.api.scenario.ScenarioRenamed;
import io.jevons.planning.audit.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps {@code readmodel.scenario_summary} in step with the scenario streams: one row per scenario. */
@Component
@ProcessingGroup(ScenarioListProjection.PROCESSING_GROUP)
class ScenarioListProjection {

    static final String PROCESSING_GROUP = "scenario-list";

    private final ScenarioListRepository repository;

    ScenarioListProjection(ScenarioListRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ScenarioEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant occurredAt,
            @MetaDataValue(AuditMetadata.USER) String user) {
        long version = sequenceNumber + 1;
        if (event instanceof ScenarioCreated created) {
            repository.insert(new ScenarioSummary(created.scenarioId(), created.name(), created.firstQuarter(),
                    created.lastQuarter(), version, false, null, user, occurredAt, user, occurredAt));
        } else if (event instanceof ScenarioForked forked) {
            repository.insert(new ScenarioSummary(forked.scenarioId(), forked.name(), forked.firstQuarter(),
                    forked.lastQuarter(), version, false, forked.sourceScenarioId(), user, occurredAt, user, occurredAt));
        } else if (event instanceof ScenarioRenamed renamed) {
            repository.rename(renamed.scenarioId(), renamed.name(), version, user, occurredAt);
        } else if (event instanceof ScenarioArchived archived) {
            repository.archive(archived.scenarioId(), version, user, occurredAt);
        } else {
            repository.touch(event.scenarioId(), version, user, occurredAt);
        }
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
