package io.jevons.planning.scenario;

import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.testsupport.ApiTest;
import io.jevons.testsupport.ChangeEndpoints.Endpoint;
import io.jevons.testsupport.ChangeEndpoints;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ScenarioCommandApiIT extends ApiTest {

    @Test
    void createsAScenarioAndStoresOneEventWithTheAuthenticatedUserAndCorrelationId() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/scenarios").with(planner("alice"))
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

        List<Map<String, Object>> stored = storedEvents(id);
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row.get("payload_type")).isEqualTo("io.jevons.planning.api.event.ScenarioCreated");
            assertThat(row.get("payload_revision")).isEqualTo("1");
            assertThat((String) row.get("payload")).contains("\"firstQuarter\":\"2025Q1\"", "\"name\":\"Inference 2025-2030\"");
            assertThat((String) row.get("meta_data")).contains("\"user\":\"alice\"", "\"correlationId\":\"corr-1\"");
        });
    }

    @Test
    void createsFromTheDefaultScenarioAndARetriedCreateAnswersTheSameScenario() throws Exception {
        UUID id = UUID.randomUUID();
        Versioned created = api.create(id, "From default", "2024Q1", "2030Q4", true, "alice");
        assertThat(created.version()).isEqualTo(1 + DefaultScenario.history().size());

        String retry = """
                {"scenarioId":"%s","name":"From default","firstQuarter":"2024Q1","lastQuarter":"2030Q4","fromDefault":true}
                """.formatted(id);
        mvc.perform(post("/api/scenarios").with(planner("alice")).contentType(MediaType.APPLICATION_JSON).content(retry))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(created.version()));
        mvc.perform(post("/api/scenarios").with(planner("alice")).contentType(MediaType.APPLICATION_JSON)
                        .content(retry.replace("From default", "Something else")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("scenarioId"));
        assertThat(storedEvents(id)).hasSize((int) created.version());
    }

    @Test
    void everyChangeEndpointStoresItsEventWithTheReasonAndAnswersTheNextVersion() throws Exception {
        Versioned scenario = api.create("All families", "alice");
        long version = apply(scenario, ChangeEndpoints.PREPARED, version(scenario));
        for (Endpoint endpoint : ChangeEndpoints.ALL) {
            MvcResult result = api.change(endpoint.method(), scenario.id(), endpoint.path(), version, endpoint.body(),
                            planner("bob"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                    .andReturn();
            version = ScenarioApi.versionIn(result);
        }
        List<Map<String, Object>> stored = storedEvents(scenario.id());
        assertThat(stored).hasSize(1 + ChangeEndpoints.PREPARED.size() + ChangeEndpoints.ALL.size());
        assertThat(stored).extracting(row -> row.get("payload_type").toString().replaceAll(".*\\.", ""))
                .endsWith("DemandBaselineSet", "DemandGrowthSet", "PeakToAverageSet", "InputTokenWeightSet",
                        "WorkloadClassDefined", "WorkloadTokensChanged", "ModelMixSet", "EfficiencyStepSet",
                        "AnnualEfficiencyGainSet", "ChipTypeDefined", "ChipSpecsChanged", "ChipsOrdered",
                        "OrderQuantityChanged", "OrderPriceChanged", "OrderDelayed", "OrderCancelled", "EconomicsSet",
                        "ReboundElasticitySet", "AssumptionRangeSet", "AssumptionRangeCleared", "ScenarioRenamed",
                        "ScenarioArchived");
        assertThat((String) stored.get(4).get("payload")).contains("\"reason\":\"ChatGPT 1B prompts/day\"");
        assertThat((String) stored.get(4).get("meta_data")).contains("\"user\":\"bob\"");
    }

    @Test
    void aChangeWithoutIfMatchIs428AndAStaleOneIs409WithTheMissedChanges() throws Exception {
        Versioned scenario = api.create("Conflicts", "alice");
        mvc.perform(put("/api/scenarios/" + scenario.id() + "/demand/baseline").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requestsPerDay\":1e9,\"reason\":\"x\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("If-Match"));

        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, "{\"requestsPerDay\":1e9,\"reason\":\"alice's\"}",
                planner("alice")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, "{\"requestsPerDay\":3e9,\"reason\":\"bob's\"}",
                        planner("bob"))
                .andExpect(status().isConflict())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.missedChanges", hasSize(1)))
                .andExpect(jsonPath("$.missedChanges[0].version").value(2))
                .andExpect(jsonPath("$.missedChanges[0].user").value("alice"))
                .andExpect(jsonPath("$.missedChanges[0].summary").value("Demand baseline: 1,000,000,000 requests/day"));
        mvc.perform(put("/api/scenarios/" + scenario.id() + "/demand/baseline").with(planner("bob"))
                        .header("If-Match", "version two").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestsPerDay\":1e9,\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest());
        assertThat(storedEvents(scenario.id())).hasSize(2);
    }

    @Test
    void aChangeTheModelRefusesIs422WithFieldAndReasonAndStoresNothing() throws Exception {
        Versioned scenario = api.create("Refusals", "alice");
        long version = apply(scenario, ChangeEndpoints.PREPARED, version(scenario));
        api.change(HttpMethod.PUT, scenario.id(), "/model-mix/2025Q1", version,
                        "{\"shares\":{\"chat\":0.7},\"reason\":\"typo\"}", planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("modelMix[2025Q1].shares"))
                .andExpect(jsonPath("$.reason").value("shares must sum to 100 %, they sum to 70 %"));
        api.change(HttpMethod.POST, scenario.id(), "/orders", version, """
                        {"chipType":"h100","quantity":-5,"deliveryQuarter":"2031Q1","unitPrice":30000,"reason":"x"}""",
                        planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].reason").value(org.hamcrest.Matchers.hasItems(
                        "must be 1 to 1000000000 chips, was -5",
                        "delivery 2031Q1 is outside the horizon 2025Q1..2030Q4")));
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", version, "{\"requestsPerDay\":1e9}", planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("reason"));
        api.change(HttpMethod.PUT, scenario.id(), "/demand/growth/2026Q9", version,
                        "{\"quarterlyGrowth\":0.1,\"reason\":\"x\"}", planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("quarter"));
        assertThat(storedEvents(scenario.id())).hasSize((int) version);
    }

    @Test
    void badInputIsAProblemNeverAServerError() throws Exception {
        Versioned scenario = api.create("Bad input", "alice");
        String baseline = "/demand/baseline";
        Map<String, String> badBodies = Map.of(
                "{\"requestsPerDay\": ", "",
                "{\"requestsPerDay\":\"lots\",\"reason\":\"x\"}", "requestsPerDay",
                "{\"requestsPerDay\":1e9,\"reason\":\"x\",\"user\":\"mallory\"}", "user",
                "[1,2,3]", "",
                "{\"requestsPerDay\":NaN,\"reason\":\"x\"}", "");
        for (Map.Entry<String, String> bad : badBodies.entrySet()) {
            api.change(HttpMethod.PUT, scenario.id(), baseline, 1, bad.getKey(), planner("bob"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value(bad.getValue()));
        }
        api.change(HttpMethod.PUT, scenario.id(), baseline, 1, "{\"requestsPerDay\":1e400,\"reason\":\"huge\"}", planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("demand.requestsPerDay"));
        api.change(HttpMethod.POST, scenario.id(), "/orders", 1, """
                        {"chipType":"h100","quantity":99999999999999999999999,"deliveryQuarter":"2025Q1","unitPrice":1,"reason":"x"}""",
                        planner("bob"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("quantity"));
        mvc.perform(put("/api/scenarios/" + scenario.id() + baseline).with(planner("bob")).header("If-Match", "\"1\"")
                        .contentType(MediaType.TEXT_PLAIN).content("requestsPerDay=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedEvents(scenario.id())).hasSize(1);
    }

    @Test
    void anUnknownScenarioIs404AndAnArchivedOneTakesNoChanges() throws Exception {
        api.change(HttpMethod.PUT, UUID.randomUUID(), "/demand/baseline", 1, "{\"requestsPerDay\":1,\"reason\":\"x\"}",
                        planner("bob"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/not-found"));

        Versioned scenario = api.create("To archive", "alice");
        api.change(HttpMethod.POST, scenario.id(), "/archive", 1, "{\"reason\":\"done\"}", planner("alice"))
                .andExpect(status().isOk());
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 2, "{\"requestsPerDay\":1,\"reason\":\"x\"}",
                        planner("bob"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/archived"));
    }

    @Test
    void forksAScenarioAsItStoodAtAVersion() throws Exception {
        Versioned scenario = api.create("Source", "alice");
        long version = apply(scenario, ChangeEndpoints.PREPARED, version(scenario));
        api.change(HttpMethod.PUT, scenario.id(), "/orders/o1/quantity", version, "{\"quantity\":5000,\"reason\":\"later\"}",
                planner("alice")).andExpect(status().isOk());

        UUID fork = UUID.randomUUID();
        mvc.perform(post("/api/scenarios/" + scenario.id() + "/forks").with(planner("carol"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scenarioId\":\"%s\",\"name\":\"Before the bigger order\",\"asOfVersion\":%d,\"reason\":\"compare\"}"
                                .formatted(fork, version)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/scenarios/" + fork))
                .andExpect(jsonPath("$.version").value(1 + ChangeEndpoints.PREPARED.size()));

        List<Map<String, Object>> copied = storedEvents(fork);
        assertThat(copied).hasSize(4);
        assertThat((String) copied.get(0).get("payload")).contains("\"sourceScenarioId\":\"" + scenario.id() + "\"",
                "\"sourceVersion\":" + version);
        assertThat((String) copied.get(3).get("payload")).contains("\"quantity\":1000");
        assertThat((String) copied.get(3).get("meta_data")).contains("\"user\":\"carol\"", "\"originalUser\":\"alice\"");

        mvc.perform(post("/api/scenarios/" + scenario.id() + "/forks").with(planner("carol"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Too far\",\"asOfVersion\":99}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("asOfVersion"));
    }

    private long apply(Versioned scenario, List<Endpoint> endpoints, long version) throws Exception {
        for (Endpoint endpoint : endpoints) {
            version = ScenarioApi.versionIn(api.change(endpoint.method(), scenario.id(), endpoint.path(), version,
                    endpoint.body(), planner("alice")).andExpect(status().isOk()).andReturn());
        }
        return version;
    }

    private static long version(Versioned scenario) {
        return scenario.version();
    }

    private List<Map<String, Object>> storedEvents(UUID id) {
        return jdbc.sql("""
                        select payload_type, payload_revision, convert_from(payload, 'UTF8') as payload,
                               convert_from(meta_data, 'UTF8') as meta_data
                        from eventstore.domain_event_entry where aggregate_identifier = ? order by sequence_number""")
                .param(id.toString()).query().listOfRows();
    }
}
