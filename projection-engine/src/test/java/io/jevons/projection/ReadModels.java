package io.jevons.projection;

import io.jevons.testsupport.ScenarioApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Waiting for the asynchronous read models in tests. */
public final class ReadModels {

    private ReadModels() {
    }

    /** Waits until the scenario list shows the scenario at {@code version}. */
    public static void awaitVersion(MockMvc mvc, UUID scenarioId, long version) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                mvc.perform(get("/api/scenarios/" + scenarioId).with(viewer("reader")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.version").value(version)));
    }

    /** The number of the read-model generation serving reads now. */
    public static int activeGeneration(JdbcClient jdbc) {
        return jdbc.sql("select active from readmodel_control.generation").query(Integer.class).single();
    }

    /** The schema of the generation serving reads now, for tests that look at or tamper with its tables. */
    public static String activeSchema(JdbcClient jdbc) {
        return "readmodel_g" + activeGeneration(jdbc);
    }

    public static ScenarioApi.Versioned createDefault(MockMvc mvc, String by) throws Exception {
        ScenarioApi.Versioned created = new ScenarioApi(mvc).create(UUID.randomUUID(), "Default copy", "2024Q1", "2030Q4",
                true, by);
        awaitVersion(mvc, created.id(), created.version());
        return created;
    }
}
