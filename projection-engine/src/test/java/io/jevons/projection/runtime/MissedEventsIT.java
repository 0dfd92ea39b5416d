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

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Read models that missed some of a scenario's events (as after a PostgreSQL restart under load, see
 * docs/reliability.md) get them from the scenario's stream when its next event arrives. The state is changed
 * behind the projector's back, as another node would: the projector must read it, not the state it remembers
 * having committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class MissedEventsIT {

    private static final String BASELINE = "{\"requestsPerDay\":%s,\"reason\":\"step %d\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEventsAScenarioMissedAreReadFromItsStreamWhenTheNextOneArrives() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned scenario = api.create("Missed events", "alice");
        ReadModels.awaitVersion(mvc, scenario.id(), 1);
        String schema = ReadModels.activeSchema(jdbc);
        String stateAtVersion1 = jdbc.sql("select state::text from " + schema + ".scenario_state where scenario_id = ?")
                .param(scenario.id()).query(String.class).single();
        change(api, scenario, 1, 2e9);
        change(api, scenario, 2, 3e9);
        ReadModels.awaitVersion(mvc, scenario.id(), 3);

        // the read models as if versions 2 and 3 had been skipped
        jdbc.sql("update " + schema + ".scenario_state set version = 1, state = cast(? as jsonb) where scenario_id = ?")
                .params(stateAtVersion1, scenario.id()).update();
        jdbc.sql("delete from " + schema + ".audit_entry where scenario_id = ? and version > 1").param(scenario.id()).update();
        change(api, scenario, 3, 4e9);
        ReadModels.awaitVersion(mvc, scenario.id(), 4);

        assertThat(jdbc.sql("select version from " + schema + ".audit_entry where scenario_id = ? order by version")
                .param(scenario.id()).query(Long.class).list()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(jdbc.sql("select state #>> '{assumptions,demand,requestsPerDay}' from " + schema
                        + ".scenario_state where scenario_id = ?").param(scenario.id()).query(String.class).single())
                .isEqualTo("4000000000");
    }

    private static void change(ScenarioApi api, Versioned scenario, long version, double requestsPerDay) throws Exception {
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", version, BASELINE.formatted(requestsPerDay, version),
                planner("alice")).andExpect(status().isOk());
    }
}
