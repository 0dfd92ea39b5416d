package io.jevons.planning.security;

import io.jevons.testsupport.ApiTest;
import io.jevons.testsupport.ChangeEndpoints.Endpoint;
import io.jevons.testsupport.ChangeEndpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Viewers read, planners change, nobody unauthenticated gets anything; users come from the database. */
class AccessRulesIT extends ApiTest {

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void addAccounts() {
        accounts.addIfAbsent("vera", "vera-secret", Role.VIEWER);
        accounts.addIfAbsent("paul", "paul-secret", Role.PLANNER);
    }

    @Test
    void aViewerCannotChangeAnything() throws Exception {
        UUID id = api.create("Read only", "alice").id();
        List<Endpoint> everyChange = new ArrayList<>(ChangeEndpoints.PREPARED);
        everyChange.addAll(ChangeEndpoints.ALL);
        everyChange.addAll(ChangeEndpoints.RECORDS);
        everyChange.add(new Endpoint(HttpMethod.POST, "/forks", "{\"name\":\"fork\"}"));
        everyChange.add(new Endpoint(HttpMethod.POST, "/lock", "{\"reason\":\"x\"}"));
        everyChange.add(new Endpoint(HttpMethod.POST, "/unlock", "{\"reason\":\"x\"}"));
        for (Endpoint endpoint : everyChange) {
            api.change(endpoint.method(), id, endpoint.path(), 1, endpoint.body(), httpBasic("vera", "vera-secret"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            api.change(endpoint.method(), id, endpoint.path(), 1, endpoint.body(), viewer("vic"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/scenarios").with(httpBasic("vera", "vera-secret")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2025Q4\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void nobodyUnauthenticatedCanReadOrChange() throws Exception {
        UUID id = api.create("Private", "alice").id();
        for (String path : List.of("/api/scenarios", "/api/scenarios/" + id, "/v3/api-docs")) {
            // a browser is never challenged, so it never learns to send cached credentials along cross-site
            String missing = mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(header().doesNotExist("WWW-Authenticate"))
                    .andReturn().getResponse().getContentAsString();
            String wrong = mvc.perform(get(path).with(httpBasic("vera", "wrong password")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Jevons\""))
                    .andReturn().getResponse().getContentAsString();
            assertThat(wrong).as("a wrong password answers as a missing one").isEqualTo(missing);
        }
        List<Endpoint> everyChange = new ArrayList<>(ChangeEndpoints.ALL);
        everyChange.addAll(ChangeEndpoints.RECORDS);
        for (Endpoint endpoint : everyChange) {
            mvc.perform(request(endpoint.method(), "/api/scenarios/" + id + endpoint.path()).header("If-Match", "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(endpoint.body()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://jevons.io/problems/unauthenticated"));
        }
    }

    @Test
    void aPlannerFromTheDatabaseChangesAndTheEventNamesThem() throws Exception {
        UUID id = api.create("Planner basic", "alice").id();
        api.change(HttpMethod.PUT, id, "/demand/baseline", 1, "{\"requestsPerDay\":1e9,\"reason\":\"basic auth\"}",
                httpBasic("paul", "paul-secret")).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select convert_from(meta_data, 'UTF8') from eventstore.domain_event_entry
                        where aggregate_identifier = ? and sequence_number = 1""")
                .param(id.toString()).query(String.class).single()).contains("\"user\":\"paul\"");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from identity.app_user where username = 'paul'")
                .query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain("paul-secret");
    }
}
