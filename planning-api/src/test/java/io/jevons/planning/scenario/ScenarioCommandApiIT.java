package io.jevons.planning.scenario;

import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ScenarioCommandApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAScenarioAndStoresOneEventWithTheAuthenticatedUser() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/scenarios").with(user("alice").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Correlation-Id", "corr-1")
                        .content("""
                                {"scenarioId":"%s","name":"Inference 2025-2030","firstQuarter":"2025Q1",
                                 "lastQuarter":"2030Q4","reason":"kick-off"}""".formatted(id)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/scenarios/" + id))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.scenarioId").value(id.toString()))
                .andExpect(jsonPath("$.version").value(1));

        var stored = jdbc.sql("""
                        select payload_type, payload_revision, convert_from(payload, 'UTF8') as payload,
                               convert_from(meta_data, 'UTF8') as meta_data
                        from eventstore.domain_event_entry where aggregate_identifier = ?""")
                .param(id.toString()).query().listOfRows();
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row.get("payload_type")).isEqualTo("io.jevons.planning.api.scenario.ScenarioCreated");
            assertThat(row.get("payload_revision")).isEqualTo("1");
            assertThat((String) row.get("payload")).contains("\"firstQuarter\":\"2025Q1\"", "\"name\":\"Inference 2025-2030\"");
            assertThat((String) row.get("meta_data")).contains("\"user\":\"alice\"", "\"correlationId\":\"corr-1\"");
        });
    }

    @Test
    void theUserInTheEventComesFromTheLoginNotFromTheBody() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/scenarios").with(user("bob").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scenarioId":"%s","name":"Spoof","firstQuarter":"2025Q1","lastQuarter":"2025Q4",
                                 "user":"mallory"}""".formatted(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("user"));

        assertThat(eventCount(id)).isZero();
    }

    @Test
    void refusesAHorizonOfMoreThanEightyQuartersWith422AndStoresNothing() throws Exception {
        UUID id = UUID.randomUUID();
        MvcResult result = mvc.perform(post("/api/scenarios").with(user("alice").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scenarioId":"%s","name":"Too long","firstQuarter":"2025Q1","lastQuarter":"2046Q1"}
                                """.formatted(id)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/invalid-assumption"))
                .andExpect(jsonPath("$.field").value("lastQuarter"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("at most 80 quarters");
        assertThat(eventCount(id)).isZero();
    }

    @Test
    void answersMalformedJsonWith400NamingTheField() throws Exception {
        mvc.perform(post("/api/scenarios").with(user("alice").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"firstQuarter\":\"2025Q9\",\"lastQuarter\":\"2026Q1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("quarter"))
                .andExpect(jsonPath("$.reason").value("expected a quarter like 2025Q1, was '2025Q9'"));

        mvc.perform(post("/api/scenarios").with(user("alice").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/malformed-request"));
    }

    @Test
    void refusesAViewerWith403AndAnonymousWith401() throws Exception {
        String body = "{\"name\":\"x\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2026Q1\"}";
        mvc.perform(post("/api/scenarios").with(user("victor").roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
        mvc.perform(post("/api/scenarios").with(httpBasic("nobody", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
    }

    private long eventCount(UUID id) {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single();
    }
}
