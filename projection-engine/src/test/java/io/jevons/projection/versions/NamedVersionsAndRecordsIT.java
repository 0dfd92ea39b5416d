package io.jevons.projection.versions;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Named versions, locks, restore and compare of named versions, comments and evidence in the history, actuals held
 * against a past plan: over HTTP, on the real event store and read models.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class NamedVersionsAndRecordsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASELINE = "{\"requestsPerDay\":%s,\"reason\":\"%s\"}";

    @Autowired
    MockMvc mvc;

    @Test
    void aNamedVersionCanBeLockedComparedAndRestoredAndALockRefusesChanges() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned scenario = api.create("Board", "alice");
        UUID id = scenario.id();
        api.change(HttpMethod.PUT, id, "/demand/baseline", 1, BASELINE.formatted("2e9", "first"), planner("alice"))
                .andExpect(status().isOk());
        post(id, "/tags", "{\"tag\":\"Board plan 2026-Q1\",\"reason\":\"approved\"}", planner("alice"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(3));
        post(id, "/tags", "{\"tag\":\"Board plan 2026-Q1\"}", planner("bob"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("tag"));
        post(id, "/lock", "{\"reason\":\"signed off\"}", planner("alice")).andExpect(status().isOk());

        api.change(HttpMethod.PUT, id, "/demand/baseline", 4, BASELINE.formatted("9e9", "sneak"), planner("bob"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/locked"))
                .andExpect(jsonPath("$.detail", containsString("is locked")));
        post(id, "/unlock", "{}", planner("bob")).andExpect(status().isForbidden());
        post(id, "/unlock", "{\"reason\":\"re-plan\"}", user("root").roles("ADMIN")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, id, "/demand/baseline", 5, BASELINE.formatted("3e9", "re-plan"), planner("bob"))
                .andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, id, 6);

        mvc.perform(get("/api/scenarios/" + id + "/tags").with(viewer("v")))
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.tags[0].name").value("Board plan 2026-Q1"))
                .andExpect(jsonPath("$.tags[0].version").value(2))
                .andExpect(jsonPath("$.tags[0].taggedBy").value("alice"))
                .andExpect(jsonPath("$.tags[0].reason").value("approved"));
        mvc.perform(get("/api/scenarios/" + id + "/diff").param("from", "tag:Board plan 2026-Q1").param("to", "6")
                        .with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.left.version").value(2))
                .andExpect(jsonPath("$.assumptions[0].before").value("2 B"))
                .andExpect(jsonPath("$.assumptions[0].after").value("3 B"));
        mvc.perform(get("/api/scenarios/" + id + "/assumptions").param("asOf", "tag:Board plan 2026-Q1")
                        .with(viewer("v")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.assumptions.demand.requestsPerDay").value(2e9));
        mvc.perform(get("/api/scenarios/" + id + "/projection").param("asOf", "tag:No such").with(viewer("v")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("asOf"));

        UUID restored = UUID.randomUUID();
        post(id, "/tags/Board plan 2026-Q1/restore", "{\"scenarioId\":\"%s\",\"name\":\"Board plan, restored\"}"
                .formatted(restored), planner("carol")).andExpect(status().isCreated());
        mvc.perform(get("/api/scenarios/" + restored + "/assumptions").with(viewer("v")))
                .andExpect(jsonPath("$.assumptions.demand.requestsPerDay").value(2e9));
    }

    @Test
    void commentsAndTheEvidenceOfAChangeAreInTheHistory() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        UUID id = api.create("Evidence", "alice").id();
        mvc.perform(put("/api/scenarios/" + id + "/demand/baseline").with(planner("alice"))
                        .header("If-Match", "\"1\"").header("Jevons-Evidence", "measured")
                        .header("Jevons-Evidence-Link", "https://example.org/gateway-2025q1")
                        .contentType(MediaType.APPLICATION_JSON).content(BASELINE.formatted("2e9", "gateway logs")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/scenarios/" + id + "/demand/baseline").with(planner("alice"))
                        .header("If-Match", "\"2\"").header("Jevons-Evidence", "guessed")
                        .contentType(MediaType.APPLICATION_JSON).content(BASELINE.formatted("3e9", "x")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("Jevons-Evidence"));
        post(id, "/comments", "{\"text\":\"Gateway logs undercount batch traffic\",\"aboutVersion\":2}", planner("bob"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(3));
        post(id, "/comments", "{\"text\":\" \"}", planner("bob"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("text"));
        post(id, "/comments", "{\"text\":\"hi\"}", viewer("v")).andExpect(status().isForbidden());
        ReadModels.awaitVersion(mvc, id, 3);

        mvc.perform(get("/api/audit").param("scenarioId", id.toString()).with(viewer("v")))
                .andExpect(jsonPath("$.entries[?(@.version == 2)].evidence").value(hasItem("measured")))
                .andExpect(jsonPath("$.entries[?(@.version == 2)].evidenceLink")
                        .value(hasItem("https://example.org/gateway-2025q1")))
                .andExpect(jsonPath("$.entries[?(@.version == 3)].summary")
                        .value(hasItem("Comment on version 2: Gateway logs undercount batch traffic")));
    }

    @Test
    void actualsAreHeldAgainstThePlanAsItStoodThenByTheFamilyOfTheChangesSince() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        UUID id = scenario.id();
        JsonNode firstOrder = JSON.readTree(mvc.perform(get("/api/scenarios/" + id + "/assumptions").with(viewer("v")))
                .andReturn().getResponse().getContentAsString()).at("/assumptions/orders/0");
        String delivery = firstOrder.get("deliveryQuarter").asText();
        long plannedQuantity = firstOrder.get("quantity").asLong();
        // after the plan as it stood then, the first order is cut to 1,000 chips; 900 arrive
        new ScenarioApi(mvc).change(HttpMethod.PUT, id, "/orders/" + firstOrder.get("id").asText() + "/quantity",
                scenario.version(), "{\"quantity\":1000,\"reason\":\"allocation cut\"}", planner("bob"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/scenarios/" + id + "/actuals/" + delivery).with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chipsDelivered\":900,\"reason\":\"receiving dock count\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/scenarios/" + id + "/actuals/2040Q1").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"chipsDelivered\":1}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("quarter"));

        JsonNode answer = JSON.readTree(mvc.perform(get("/api/scenarios/" + id + "/accountability")
                        .param("asOf", Long.toString(scenario.version())).with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionThen").value(scenario.version()))
                .andExpect(jsonPath("$.actuals[0].quarter").value(delivery))
                .andReturn().getResponse().getContentAsString());
        JsonNode check = answer.at("/checks/0");
        assertThat(check.get("metric").asText()).isEqualTo("CHIPS_DELIVERED");
        assertThat(check.get("actual").asLong()).isEqualTo(900);
        long then = check.get("forecastThen").asLong();
        long now = check.get("forecastNow").asLong();
        assertThat(now - then).isEqualTo(1000 - plannedQuantity)
                .isEqualTo(check.at("/correctedBy/PROCUREMENT").asLong());
        assertThat(check.get("errorThen").asLong()).isEqualTo(then - 900);
        assertThat(check.get("errorNow").asLong()).isEqualTo(now - 900);
    }

    private ResultActions post(UUID id, String path, String json, RequestPostProcessor as) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/scenarios/" + id + path).with(as).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
