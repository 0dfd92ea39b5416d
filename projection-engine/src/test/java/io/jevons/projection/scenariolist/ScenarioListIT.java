package io.jevons.projection.scenariolist;

import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ScenarioListIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCreatedScenarioIsProjectedIntoTheListWithItsCreatorAndVersion() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/scenarios").with(user("carol").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scenarioId":"%s","name":"Listed","firstQuarter":"2025Q1","lastQuarter":"2027Q4"}
                                """.formatted(id)))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/scenarios").with(user("vera").roles("VIEWER")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].scenarioId", hasItem(id.toString()))));

        mvc.perform(get("/api/scenarios/" + id).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Listed"))
                .andExpect(jsonPath("$.firstQuarter").value("2025Q1"))
                .andExpect(jsonPath("$.lastQuarter").value("2027Q4"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.createdBy").value("carol"));
    }

    @Test
    void theTokenOfTheProcessorIsStoredInPostgres() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/scenarios").with(user("carol").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scenarioId":"%s","name":"Tokens","firstQuarter":"2025Q1","lastQuarter":"2025Q4"}
                                """.formatted(id)))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from eventstore.token_entry
                        where processor_name = 'scenario-list' and token is not null""")
                .query(Long.class).single()).isPositive());
    }

    @Test
    void anUnknownScenarioIs404ProblemAndReadingNeedsALogin() throws Exception {
        mvc.perform(get("/api/scenarios/" + UUID.randomUUID()).with(user("vera").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/not-found"));
        mvc.perform(get("/api/scenarios"))
                .andExpect(status().isUnauthorized());
    }
}
