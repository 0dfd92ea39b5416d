package io.jevons.planning.scenario;

import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A planning scenario: decides whether a change is allowed, then records it as an event.
 * State changes only in the event sourcing handlers, so replaying the stream rebuilds it exactly.
 */
@Aggregate
class Scenario {

    @AggregateIdentifier
    private ScenarioId scenarioId;
    private String name;
    private Horizon horizon;

    @CommandHandler
    Scenario(CreateScenario command) {
        String name = ScenarioName.validated(command.name());
        Horizon horizon = command.horizon();
        apply(new ScenarioCreated(command.scenarioId(), name, horizon.first(), horizon.last(), command.reason()));
    }

    @EventSourcingHandler
    void on(ScenarioCreated event) {
        scenarioId = event.scenarioId();
        name = event.name();
        horizon = new Horizon(event.firstQuarter(), event.lastQuarter());
    }

    /** Axon needs a no-argument constructor to rebuild the aggregate from its events. */
    Scenario() {
    }
}
