package io.jevons.planning.scenario;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final ScenarioId ID = ScenarioId.of("5f0c1f4e-8a53-4d0c-9d4c-2f1f5e2b9a10");
    private static final Horizon HORIZON = new Horizon(Quarter.of(2025, 1), Quarter.of(2030, 4));

    private AggregateTestFixture<Scenario> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Scenario.class);
    }

    @Test
    void canCreateAScenarioWithATrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "  AI inference 2025-2030 ", HORIZON, "first plan"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ScenarioCreated(ID, "AI inference 2025-2030", Quarter.of(2025, 1),
                        Quarter.of(2030, 4), "first plan"));
    }

    @Test
    void rejectsCreateWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "   ", HORIZON, null))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("name: a scenario needs a name")
                .expectNoEvents();
    }

    @Test
    void rejectsCreateWithANameLongerThan120Characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "x".repeat(121), HORIZON, null))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("name: a name has at most 120 characters, was 121")
                .expectNoEvents();
    }

    @Test
    void rejectsCreateWithControlCharactersInTheName() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "plan\u0000b", HORIZON, null))
                .expectException(InvalidAssumptionsException.class)
                .expectNoEvents();
    }
}
