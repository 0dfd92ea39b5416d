package io.jevons.projection.runtime;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Batches of the serving read models start a pause apart (docs/benchmarks.md, "Commands"): a burst of changes to
 * one scenario is written as one or two batches, not once per change, and every change still reaches the audit log.
 * The changes come 150 ms apart, more than the projector needs for one, so without a pause the burst takes many
 * writes (the test fails then); the pause is long here so that the burst spans at most two however slow the machine.
 */
@SpringBootTest(properties = "jevons.read-models.batch-pause=PT5S")
@AutoConfigureMockMvc
@PostgresIntegrationTest
class CoalescedWritesIT {

    private static final int CHANGES = 20;
    private static final long BETWEEN_CHANGES_MILLIS = 150;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aBurstOfChangesToOneScenarioIsWrittenOncePerPauseWithEveryChangeAudited() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned scenario = api.create("Burst", "alice");
        ReadModels.awaitVersion(mvc, scenario.id(), 1);
        double writesBefore = scenarioWrites();

        for (long version = 1; version <= CHANGES; version++) {
            api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", version,
                    "{\"requestsPerDay\":%d,\"reason\":\"burst %d\"}".formatted(1_000_000_000L + version, version),
                    planner("alice")).andExpect(status().isOk());
            Thread.sleep(BETWEEN_CHANGES_MILLIS);
        }
        ReadModels.awaitVersion(mvc, scenario.id(), CHANGES + 1);

        assertThat(scenarioWrites() - writesBefore).isBetween(1.0, 3.0);
        String schema = ReadModels.activeSchema(jdbc);
        assertThat(jdbc.sql("select count(*) from " + schema + ".audit_entry where scenario_id = ?")
                .param(scenario.id()).query(Long.class).single()).isEqualTo(CHANGES + 1L);
        assertThat(jdbc.sql("select max(version) from " + schema + ".projection_quarter where scenario_id = ?")
                .param(scenario.id()).query(Long.class).single()).isEqualTo(CHANGES + 1L);
    }

    private double scenarioWrites() {
        return meters.get("jevons.read-models.scenario-writes").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
