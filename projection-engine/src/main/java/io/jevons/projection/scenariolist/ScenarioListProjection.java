package io.jevons.projection.scenariolist;

import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.audit.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps {@code readmodel.scenario_summary} in step with the scenario streams. */
@Component
@ProcessingGroup(ScenarioListProjection.PROCESSING_GROUP)
class ScenarioListProjection {

    static final String PROCESSING_GROUP = "scenario-list";

    private final ScenarioListRepository repository;

    ScenarioListProjection(ScenarioListRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ScenarioCreated event, @SequenceNumber long sequenceNumber, @Timestamp Instant occurredAt,
            @MetaDataValue(AuditMetadata.USER) String user) {
        repository.upsert(new ScenarioSummary(event.scenarioId(), event.name(), event.firstQuarter(),
                event.lastQuarter(), sequenceNumber + 1, user, occurredAt, user, occurredAt));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
