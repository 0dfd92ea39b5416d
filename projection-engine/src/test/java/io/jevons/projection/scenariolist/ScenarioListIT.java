package io.jevons.projection.scenariolist;

import io.jevons.testsupport.ApiTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ScenarioListIT extends ApiTest {

    @Test
    void aCreatedScenarioIsProjectedIntoTheListWithItsCreatorAndVersion() throws Exception {
        UUID id = api.create(UUID.randomUUID(), "Listed", "2025Q1", "2027Q4", false, "carol").id();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/scenarios").with(viewer("vera")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].scenarioId", hasItem(id.toString()))));

        mvc.perform(get("/api/scenarios/" + id).with(viewer("vera")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Listed"))
                .andExpect(jsonPath("$.firstQuarter").value("2025Q1"))
                .andExpect(jsonPath("$.lastQuarter").value("2027Q4"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.archived").value(false))
                .andExpect(jsonPath("$.createdBy").value("carol"));
    }

    @Test
    void changesRenamesArchivesAndForksShowInTheList() throws Exception {
        Versioned scenario = api.create("Before", "carol");
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, "{\"requestsPerDay\":1e9,\"reason\":\"r\"}",
                planner("dan")).andExpect(status().isOk());
        api.change(HttpMethod.PATCH, scenario.id(), "", 2, "{\"name\":\"After\"}", planner("dan")).andExpect(status().isOk());
        api.change(HttpMethod.POST, scenario.id(), "/archive", 3, "{\"reason\":\"done\"}", planner("erin"))
                .andExpect(status().isOk());
        UUID fork = UUID.randomUUID();
        mvc.perform(post("/api/scenarios/" + scenario.id() + "/forks").with(planner("fay"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scenarioId\":\"%s\",\"name\":\"Revived\",\"asOfVersion\":2}".formatted(fork)))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            mvc.perform(get("/api/scenarios/" + scenario.id()).with(viewer("vera")))
                    .andExpect(jsonPath("$.name").value("After"))
                    .andExpect(jsonPath("$.version").value(4))
                    .andExpect(jsonPath("$.archived").value(true))
                    .andExpect(jsonPath("$.updatedBy").value("erin"));
            mvc.perform(get("/api/scenarios/" + fork).with(viewer("vera")))
                    .andExpect(jsonPath("$.name").value("Revived"))
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.forkedFrom").value(scenario.id().toString()));
        });
    }

    @Test
    void theTokenOfTheProcessorIsStoredInPostgres() throws Exception {
        api.create("Tokens", "carol");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from eventstore.token_entry
                        where processor_name = 'readmodels-g1' and token is not null""")
                .query(Long.class).single()).isPositive());
    }

    @Test
    void anUnknownScenarioIs404ProblemAndReadingNeedsALogin() throws Exception {
        mvc.perform(get("/api/scenarios/" + UUID.randomUUID()).with(viewer("vera")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/not-found"));
        mvc.perform(get("/api/scenarios"))
                .andExpect(status().isUnauthorized());
    }
}
