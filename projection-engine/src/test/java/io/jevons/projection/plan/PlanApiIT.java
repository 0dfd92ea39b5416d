package io.jevons.projection.plan;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan grid from the events: values in force, change starts, who set each cell, and any past version. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class PlanApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theDefaultPlanShowsItsGrowthAndTheDeepSeekStepWithWhoSetItAndWhy() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        JsonNode plan = plan(scenario, "");

        assertThat(plan.get("version").asLong()).isEqualTo(scenario.version());
        assertThat(plan.get("quarters").get(4).asString()).isEqualTo("2025Q1");
        JsonNode step = row(plan, "efficiency.step:all");
        assertThat(step.get("values").get(4).asDouble()).isEqualTo(10.0);
        assertThat(step.get("starts").toString()).contains("4");
        JsonNode setter = plan.get("changes").get(step.get("setBy").get(4).asInt());
        assertThat(setter.get("summary").asString()).contains("10");
        assertThat(setter.get("reason").asString()).isNotBlank();
        assertThat(setter.get("user").asString()).isNotBlank();
        JsonNode growth = row(plan, "demand.growth");
        assertThat(growth.get("unit").asString()).isEqualTo("PERCENT");
        assertThat(growth.get("name").asString()).isEqualTo("Demand growth");
        assertThat(growth.get("values").get(10).isNumber()).isTrue();
        assertThat(row(plan, "chips.delivered:h100").get("editable").asBoolean()).isFalse();
    }

    @Test
    void aSavedCellIsCreditedToItsSaveAndAPastVersionShowsTheCellAsItWas() throws Exception {
        Versioned scenario = ReadModels.createDefault(mvc, "alice");
        new ScenarioApi(mvc).change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(), """
                        {"edits":[{"row":"demand.growth","quarter":"2029Q1","value":0.123}],"reason":"plateau later"}""",
                        planner("bob"))
                .andExpect(status().isOk());

        JsonNode now = plan(scenario, "");
        JsonNode growth = row(now, "demand.growth");
        int q2029q1 = 20;
        assertThat(growth.get("values").get(q2029q1).asDouble()).isEqualTo(0.123);
        JsonNode setter = now.get("changes").get(growth.get("setBy").get(q2029q1).asInt());
        assertThat(setter.get("user").asString()).isEqualTo("bob");
        assertThat(setter.get("reason").asString()).isEqualTo("plateau later");
        assertThat(setter.get("version").asLong()).isEqualTo(scenario.version() + 1);

        JsonNode before = plan(scenario, "?asOf=" + scenario.version());
        assertThat(before.get("version").asLong()).isEqualTo(scenario.version());
        assertThat(before.get("latestVersion").asLong()).isEqualTo(scenario.version() + 1);
        assertThat(row(before, "demand.growth").get("values").get(q2029q1).asDouble()).isNotEqualTo(0.123);
    }

    private JsonNode plan(Versioned scenario, String query) throws Exception {
        String body = mvc.perform(get("/api/scenarios/" + scenario.id() + "/plan" + query).with(viewer("v")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static JsonNode row(JsonNode plan, String id) {
        return StreamSupport.stream(plan.get("rows").spliterator(), false)
                .filter(row -> row.get("id").asString().equals(id)).findFirst().orElseThrow();
    }
}
