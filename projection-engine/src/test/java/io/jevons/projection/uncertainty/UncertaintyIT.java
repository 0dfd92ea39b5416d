package io.jevons.projection.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ranges as assumption changes, seeded Monte Carlo runs stored and rerun identically, and the tornado's order. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class UncertaintyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void aSeededRunIsStoredAndRerunsToTheSameBands() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        UUID id = scenario.id();
        range(id, scenario.version(), "{\"parameter\":\"DEMAND_BASELINE\",\"low\":0.5,\"high\":2,\"reason\":\"survey spread\"}")
                .andExpect(status().isOk());
        range(id, scenario.version() + 1, "{\"parameter\":\"CHIP_PRICE\",\"target\":\"h100\",\"low\":0.9,\"high\":1.2,"
                + "\"distribution\":\"UNIFORM\",\"reason\":\"quotes\"}").andExpect(status().isOk());
        range(id, scenario.version() + 2, "{\"parameter\":\"CHIP_PRICE\",\"target\":\"nope\",\"low\":0.9,\"high\":1.2,"
                + "\"reason\":\"x\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("uncertainty[CHIP_PRICE[nope]].target"));

        String first = mvc.perform(post("/api/scenarios/" + id + "/simulations").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"samples\":1000,\"seed\":42}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.runBy").value("bob"))
                .andExpect(jsonPath("$.result.ranges.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        JsonNode run = JSON.readTree(first);
        String again = mvc.perform(get("/api/scenarios/" + id + "/simulations/" + run.get("runId").asText())
                        .with(viewer("v")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(again).get("result")).isEqualTo(run.get("result"));
        JsonNode q = run.at("/result/quarters/15");
        assertThat(q.at("/demandFlopsPerSecond/p10").asDouble()).isLessThan(q.at("/demandFlopsPerSecond/p50").asDouble());
        assertThat(q.at("/demandFlopsPerSecond/p50").asDouble()).isLessThan(q.at("/demandFlopsPerSecond/p90").asDouble());
        mvc.perform(get("/api/scenarios/" + id + "/simulations").with(viewer("v")))
                .andExpect(jsonPath("$[0].seed").value(42)).andExpect(jsonPath("$[0].samples").value(1000));
        mvc.perform(post("/api/scenarios/" + id + "/simulations").with(viewer("v"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/scenarios/" + id + "/simulations").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"samples\":0}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("samples"));
    }

    @Test
    void seedsTravelExactlyAsTextAndARandomSeedIsOneABrowserReadsBackExactly() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        UUID id = scenario.id();
        String typed = mvc.perform(post("/api/scenarios/" + id + "/simulations").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"samples\":10,\"seed\":\"9007199254740993\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(typed).contains("\"seed\":9007199254740993");
        for (int run = 0; run < 20; run++) {
            String random = mvc.perform(post("/api/scenarios/" + id + "/simulations").with(planner("bob"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"samples\":1}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long seed = JSON.readTree(random).at("/result/seed").asLong();
            assertThat(seed).isBetween(0L, 1L << 53);
        }
    }

    @Test
    void theTornadoPutsTheWidestSwingFirst() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        UUID id = scenario.id();
        range(id, scenario.version(), "{\"parameter\":\"POWER_PRICE\",\"low\":0.8,\"high\":1.25,\"reason\":\"tariffs\"}")
                .andExpect(status().isOk());
        range(id, scenario.version() + 1, "{\"parameter\":\"CHIP_PRICE\",\"low\":0.7,\"high\":1.5,\"reason\":\"street\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/scenarios/" + id + "/tornado").param("metric", "capex:2026").with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metricName").value("Capex 2026"))
                .andExpect(jsonPath("$.unit").value("USD"))
                .andExpect(jsonPath("$.swings[0].key").value("CHIP_PRICE"))
                .andExpect(jsonPath("$.swings[1].key").value("POWER_PRICE"))
                .andExpect(jsonPath("$.swings[1].atLow").value(capexBase(id)))
                .andExpect(jsonPath("$.swings[1].atHigh").value(capexBase(id)));
        mvc.perform(get("/api/scenarios/" + id + "/tornado").param("metric", "nonsense").with(viewer("v")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("metric"));
        new ScenarioApi(mvc).change(HttpMethod.POST, id, "/ranges/clear", scenario.version() + 2,
                "{\"parameter\":\"CHIP_PRICE\",\"reason\":\"prices agreed\"}", planner("alice")).andExpect(status().isOk());
        mvc.perform(get("/api/scenarios/" + id + "/tornado").param("metric", "capex:2026").with(viewer("v")))
                .andExpect(jsonPath("$.swings.length()").value(1));
    }

    private ResultActions range(UUID id, long version, String json) throws Exception {
        return new ScenarioApi(mvc).change(HttpMethod.PUT, id, "/ranges", version, json, planner("alice"));
    }

    /** Power prices do not move capex: the power-price bar's ends are the base value. */
    private double capexBase(UUID id) throws Exception {
        String body = mvc.perform(get("/api/scenarios/" + id + "/tornado").param("metric", "capex:2026").with(viewer("v")))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("base").asDouble();
    }
}
