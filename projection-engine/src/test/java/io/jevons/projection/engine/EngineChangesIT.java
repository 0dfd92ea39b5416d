package io.jevons.projection.engine;

import io.jevons.capacity.projection.EngineVersion;
import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A replay under a new engine version records which outputs the engine moved for the same events. The old
 * engine is played by rows as an older version stored them: marked with its version, one capex figure off by $1.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class EngineChangesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReplayUnderANewEngineShowsTheOutputsTheEngineMovedAndNoOthers() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        int live = ReadModels.activeGeneration(jdbc);
        String rows = "readmodel_g" + live + ".projection_quarter";
        jdbc.sql("update " + rows + " set engine_version = '2025.1.0' where scenario_id = ?").param(scenario.id()).update();
        jdbc.sql("update " + rows + " set capex_cents = capex_cents + 100 where scenario_id = ? and quarter = '2026Q2'")
                .param(scenario.id()).update();
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/projection").with(viewer("v")))
                .andExpect(jsonPath("$.projection.engineVersion").value(EngineVersion.CURRENT));

        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN"))).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                mvc.perform(get("/api/admin/replay").with(user("root").roles("ADMIN")))
                        .andExpect(jsonPath("$.running").value(false))
                        .andExpect(jsonPath("$.activeGeneration").value(live + 1)));

        mvc.perform(get("/api/scenarios/" + scenario.id() + "/engine-changes").with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentEngineVersion").value(EngineVersion.CURRENT))
                .andExpect(jsonPath("$.changes.length()").value(1))
                .andExpect(jsonPath("$.changes[0].quarter").value("2026Q2"))
                .andExpect(jsonPath("$.changes[0].metric").value("capex"))
                .andExpect(jsonPath("$.changes[0].metricName").value("Capex"))
                .andExpect(jsonPath("$.changes[0].unit").value("USD"))
                .andExpect(jsonPath("$.changes[0].engineBefore").value("2025.1.0"))
                .andExpect(jsonPath("$.changes[0].engineAfter").value(EngineVersion.CURRENT))
                .andExpect(jsonPath("$.changes[0].version").value(scenario.version()));
    }
}
