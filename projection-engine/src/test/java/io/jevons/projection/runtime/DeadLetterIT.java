package io.jevons.projection.runtime;

import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.event.ChipsOrdered;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A poison event stops only its own scenario's read models; it waits in the dead-letter queue, also in the
 * generation a replay builds.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class DeadLetterIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("readModels")
    HealthIndicator readModels;

    @Test
    void aPoisonEventIsDeadLetteredAndOtherScenariosKeepUpdating() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned poisoned = api.create("Poisoned", "alice");
        Versioned healthy = api.create("Healthy", "bob");
        ReadModels.awaitVersion(mvc, poisoned.id(), 1);

        // written around the aggregate, as a corrupt import could: an order of a chip type that was never defined
        ScenarioId id = new ScenarioId(poisoned.id());
        eventStore.publish(new GenericDomainEventMessage<>("Scenario", id.toString(), 1,
                new ChipsOrdered(id, OrderId.of("o1"), ChipTypeId.of("ghost"), 10, Quarter.of(2025, 1),
                        Usd.ofWholeDollars(1), "corrupt"), Map.of("user", "importer")));
        api.change(HttpMethod.PUT, healthy.id(), "/demand/baseline", 1, "{\"requestsPerDay\":1e9,\"reason\":\"still works\"}",
                planner("bob")).andExpect(status().isOk());

        ReadModels.awaitVersion(mvc, healthy.id(), 2);
        awaitDeadLetterInActiveGeneration(id);
        ReadModels.awaitVersion(mvc, poisoned.id(), 1);

        // a replay cannot fold the poisoned scenario in bulk: it falls back to the event stream and its dead letters
        int live = ReadModels.activeGeneration(jdbc);
        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN"))).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(ReadModels.activeGeneration(jdbc)).isEqualTo(live + 1));
        awaitDeadLetterInActiveGeneration(id);
        ReadModels.awaitVersion(mvc, healthy.id(), 2);
        ReadModels.awaitVersion(mvc, poisoned.id(), 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeTheDatabaseCannotStoreIsDeadLetteredAndTheSegmentGoesOn() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned unstorable = api.create("Unstorable", "alice");
        ReadModels.awaitVersion(mvc, unstorable.id(), 1);

        // written around the aggregate's rules, as imports could before they kept them: a name longer than its column
        ScenarioId id = new ScenarioId(unstorable.id());
        eventStore.publish(new GenericDomainEventMessage<>("Scenario", id.toString(), 1,
                new ScenarioRenamed(id, "x".repeat(300), "too long"), Map.of("user", "importer")));
        Versioned later = api.create("Created afterwards", "bob");

        ReadModels.awaitVersion(mvc, later.id(), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters(id))
                .singleElement().asString().contains("value too long"));
        ReadModels.awaitVersion(mvc, unstorable.id(), 1);
        Health health = readModels.health();
        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat((Long) health.getDetails().get("deadLetters")).isPositive();
        assertThat((List<Object>) health.getDetails().get("scenariosHeldBack")).contains(id.toString());
    }

    private List<String> deadLetters(ScenarioId id) {
        return jdbc.sql("""
                        select cause_message from eventstore.dead_letter_entry
                        where sequence_identifier = ? and processing_group =
                              (select 'readmodels-g' || active from readmodel_control.generation)""")
                .param(id.toString()).query(String.class).list();
    }

    private void awaitDeadLetterInActiveGeneration(ScenarioId id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadLetters(id))
                .singleElement().asString().contains("unknown chip type ghost"));
    }
}
