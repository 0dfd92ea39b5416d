package io.jevons.planning.idempotency;

import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A retried request with the same Idempotency-Key changes nothing twice and gets the first answer. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class IdempotencyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOneScenario() throws Exception {
        String key = "create-" + UUID.randomUUID();
        String body = "{\"name\":\"Retried\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2026Q4\"}";
        String first = mvc.perform(create(body).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(create(body).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", first))
                .andExpect(header().string("Idempotent-Replayed", "true"));

        assertThat(jdbc.sql("select count(*) from eventstore.domain_event_entry where payload_type like '%ScenarioCreated'"
                + " and convert_from(payload, 'UTF8') like '%\"Retried\"%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRetriedChangeIsAppliedOnceAndTheKeyCannotBeReusedForAnotherRequest() throws Exception {
        UUID id = new ScenarioApi(mvc).create("Keyed changes", "alice").id();
        String key = "baseline-" + UUID.randomUUID();
        MockHttpServletRequestBuilder change = put("/api/scenarios/" + id + "/demand/baseline").with(planner("alice"))
                .header("If-Match", "\"1\"").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"requestsPerDay\":1e9,\"reason\":\"retry me\"}");
        mvc.perform(change).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(change).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(header().string("Idempotent-Replayed", "true"));

        mvc.perform(put("/api/scenarios/" + id + "/demand/baseline").with(planner("alice"))
                        .header("If-Match", "\"2\"").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestsPerDay\":2e9,\"reason\":\"another request\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/idempotency-key-reused"));
        assertThat(jdbc.sql("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUserAndMustBeVisibleAscii() throws Exception {
        String body = "{\"name\":\"Per user\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2026Q4\"}";
        mvc.perform(create(body).header("Idempotency-Key", "shared-key")).andExpect(status().isCreated());
        mvc.perform(post("/api/scenarios").with(planner("bob")).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", "shared-key")).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        mvc.perform(create(body).header("Idempotency-Key", "no spaces allowed")).andExpect(status().isBadRequest());
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/api/scenarios").with(planner("alice")).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
