package io.jevons.projection.history;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who changed which assumption when and why, filtered by scenario, user, family and time, paged. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogIT {

    @Autowired
    MockMvc mvc;
    Versioned scenario;
    Instant before;

    @BeforeAll
    void planSomething() throws Exception {
        before = Instant.now();
        ScenarioApi api = new ScenarioApi(mvc);
        scenario = api.create("Audited", "alice");
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, "{\"requestsPerDay\":1e9,\"reason\":\"first guess\"}",
                planner("alice")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, scenario.id(), "/rebound", 2, "{\"elasticity\":0.8,\"reason\":\"Baseten anecdote\"}",
                planner("bob")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, scenario.id(), "/demand/peak-to-average", 3, "{\"peakToAverage\":2,\"reason\":\"evenings\"}",
                planner("bob")).andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, scenario.id(), 4);
    }

    @Test
    void copiedChangesNameWhoMadeThemVerifiedForAForkAndAsAnUnverifiedClaimForAnImport() throws Exception {
        String fork = mvc.perform(post("/api/scenarios/" + scenario.id() + "/forks").with(planner("carol"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Forked\",\"asOfVersion\":2}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.UUID forkId = java.util.UUID.fromString(fork.replaceAll(".*\"scenarioId\":\"([^\"]+)\".*", "$1"));
        String exported = mvc.perform(get("/api/scenarios/" + scenario.id() + "/export").with(viewer("v")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace("\"user\":\"alice\"", "\"user\":\"<b>mallory</b>\"");
        String imported = mvc.perform(post("/api/scenarios/import").with(planner("dave"))
                        .contentType(MediaType.APPLICATION_JSON).content(exported))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.UUID importId = java.util.UUID.fromString(imported.replaceAll(".*\"scenarioId\":\"([^\"]+)\".*", "$1"));
        ReadModels.awaitVersion(mvc, forkId, 2);
        ReadModels.awaitVersion(mvc, importId, 4);

        mvc.perform(get("/api/scenarios/" + forkId + "/history").with(viewer("v")))
                .andExpect(jsonPath("$.entries[0].user").value("carol"))
                .andExpect(jsonPath("$.entries[0].originalUser").value("alice"))
                .andExpect(jsonPath("$.entries[0].originalUserVerified").value(true))
                .andExpect(jsonPath("$.entries[1].originalUser").doesNotExist());
        mvc.perform(get("/api/scenarios/" + importId + "/history").with(viewer("v")))
                .andExpect(jsonPath("$.entries[*].user", everyItem(is("dave"))))
                .andExpect(jsonPath("$.entries[0].originalUser").value("bob"))
                .andExpect(jsonPath("$.entries[2].originalUser").value("<b>mallory</b>"))
                .andExpect(jsonPath("$.entries[*].originalUserVerified", everyItem(is(false))));
    }

    @Test
    void theHistoryOfAScenarioSaysWhoChangedWhatWhenAndWhy() throws Exception {
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/history").with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.entries[0].version").value(4))
                .andExpect(jsonPath("$.entries[0].user").value("bob"))
                .andExpect(jsonPath("$.entries[0].reason").value("evenings"))
                .andExpect(jsonPath("$.entries[0].summary").value("Peak-to-average: 2x"))
                .andExpect(jsonPath("$.entries[0].family").value("DEMAND"))
                .andExpect(jsonPath("$.entries[3].eventType").value("ScenarioCreated"))
                .andExpect(jsonPath("$.entries[3].family").value("SCENARIO"));
    }

    @Test
    void filtersByUserFamilyAndTimeAndPages() throws Exception {
        String base = "/api/audit?scenarioId=" + scenario.id();
        mvc.perform(get(base + "&user=bob").with(viewer("v")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries[*].user", everyItem(is("bob"))));
        mvc.perform(get(base + "&family=rebound").with(viewer("v")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].summary").value("Rebound elasticity: 0.8"));
        mvc.perform(get(base + "&from=" + before + "&to=" + Instant.now()).with(viewer("v")))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get(base + "&to=2001-01-01").with(viewer("v")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(base + "&size=3&page=1").with(viewer("v")))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].version").value(1));
    }

    @Test
    void refusesBadFiltersWithTheFieldNamed() throws Exception {
        mvc.perform(get("/api/audit?family=weather").with(viewer("v")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("family"));
        mvc.perform(get("/api/audit?size=100000").with(viewer("v")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/audit?from=soon").with(viewer("v")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void exportsAsCsv() throws Exception {
        String csv = mvc.perform(get("/api/audit?scenarioId=" + scenario.id()).accept("text/csv").with(viewer("v")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv.lines().findFirst()).contains("scenario_id,version,time,user,family,event_type,summary,reason,"
                + "correlation_id,source");
        assertThat(csv).contains("Baseten anecdote", "\"Demand baseline: 1,000,000,000 requests/day\"");
    }
}
