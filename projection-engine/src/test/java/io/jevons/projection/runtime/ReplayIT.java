package io.jevons.projection.runtime;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A replay rebuilds every read model into a new generation beside the live one, which keeps serving reads. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ReplayIT {

    private static final List<String> TABLES = List.of("scenario_summary", "scenario_state", "projection_quarter",
            "projection_year", "audit_entry");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRebuiltReadModelsEqualTheLiveOnesRowForRowAndReadsNeverStop() throws Exception {
        Versioned first = ReadModels.createDefault(mvc, "alice");
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned second = api.create("Second", "bob");
        api.change(HttpMethod.PUT, second.id(), "/demand/baseline", 1, "{\"requestsPerDay\":5e8,\"reason\":\"r\"}",
                planner("bob")).andExpect(status().isOk());
        api.change(HttpMethod.PATCH, second.id(), "", 2, "{\"name\":\"Second, renamed\"}", planner("carol"))
                .andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, second.id(), 3);
        int live = ReadModels.activeGeneration(jdbc);
        Map<String, List<String>> before = rows("readmodel_g" + live);

        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.activeGeneration").value(live))
                .andExpect(jsonPath("$.rebuildingGeneration").value(live + 1));
        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN")))
                .andExpect(status().isConflict());

        awaitSwitchTo(live + 1, first.id());
        assertThat(rows("readmodel_g" + (live + 1))).isEqualTo(before);
        mvc.perform(get("/api/scenarios/" + second.id()).with(viewer("v")))
                .andExpect(jsonPath("$.name").value("Second, renamed"));

        // the bulk phase's session lock went with the phase, not with its pooled connection, so a second replay
        // on this node can take it
        assertThat(jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and database = (select oid"
                + " from pg_database where datname = current_database())").query(Long.class).single()).isZero();
        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN"))).andExpect(status().isAccepted());
        awaitSwitchTo(live + 2, first.id());
        assertThat(rows("readmodel_g" + (live + 2))).isEqualTo(before);
    }

    private void awaitSwitchTo(int generation, UUID readable) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            mvc.perform(get("/api/scenarios/" + readable).with(viewer("v"))).andExpect(status().isOk());
            mvc.perform(get("/api/admin/replay").with(user("root").roles("ADMIN")))
                    .andExpect(jsonPath("$.running").value(false))
                    .andExpect(jsonPath("$.activeGeneration").value(generation));
        });
    }

    @Test
    void onlyAdminsReplay() throws Exception {
        mvc.perform(post("/api/admin/replay").with(planner("p"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/replay").with(viewer("v"))).andExpect(status().isForbidden());
    }

    private Map<String, List<String>> rows(String schema) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.sql("select t::text from " + schema + "." + table + " t order by 1")
                    .query(String.class).list());
        }
        return rows;
    }
}
