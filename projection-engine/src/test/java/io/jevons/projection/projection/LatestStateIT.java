package io.jevons.projection.projection;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The latest version is read from the read models' state, not folded from the history: a state row marked by hand
 * shows through every read of now, while a past version and a change just made still come from the events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class LatestStateIT {

    private static final String MARKED = "Read from the read model";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void readsOfNowComeFromTheReadModelsStateAndAChangeJustMadeFromTheEvents() throws Exception {
        Versioned plan = ReadModels.createDefault(mvc, "alice");
        jdbc.sql("update " + ReadModels.activeSchema(jdbc) + ".scenario_state set state = jsonb_set(state, '{name}', "
                + "to_jsonb(?::text)) where scenario_id = ?").param(MARKED).param(plan.id()).update();

        mvc.perform(get("/api/scenarios/" + plan.id() + "/assumptions").with(viewer("v")))
                .andExpect(jsonPath("$.version").value(plan.version()))
                .andExpect(jsonPath("$.name").value(MARKED));
        mvc.perform(get("/api/scenarios/" + plan.id() + "/tags").with(viewer("v")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(plan.version()));
        mvc.perform(get("/api/scenarios/" + plan.id() + "/assumptions").param("asOf", Long.toString(plan.version()))
                        .with(viewer("v")))
                .andExpect(jsonPath("$.name").value("Default copy"));

        new ScenarioApi(mvc).change(HttpMethod.PUT, plan.id(), "/demand/peak-to-average", plan.version(),
                "{\"peakToAverage\":2.2,\"reason\":\"spiky\"}", planner("alice")).andExpect(status().isOk());
        mvc.perform(get("/api/scenarios/" + plan.id() + "/assumptions").with(viewer("v")))
                .andExpect(jsonPath("$.version").value(plan.version() + 1))
                .andExpect(jsonPath("$.assumptions.demand.peakToAverage").value(2.2));
    }
}
