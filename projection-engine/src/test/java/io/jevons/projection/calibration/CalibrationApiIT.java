package io.jevons.projection.calibration;

import io.jevons.capacity.calibration.PublicAnchors;
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
import org.springframework.test.web.servlet.MockMvc;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calibration of a scenario from the default, at the latest version and at a past one, read by a viewer. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationApiIT {

    @Autowired
    MockMvc mvc;
    Versioned scenario;
    long calibrated;

    @BeforeAll
    void planTheDefaultThenOverstateDemand() throws Exception {
        scenario = ReadModels.createDefault(mvc, "alice");
        calibrated = scenario.version();
        new ScenarioApi(mvc).change(HttpMethod.PUT, scenario.id(), "/demand/baseline", calibrated,
                "{\"requestsPerDay\":14000000000,\"reason\":\"ten times the requests\"}", planner("bob"))
                .andExpect(status().isOk());
    }

    @Test
    void theDefaultScenarioHoldsEveryAnchor() throws Exception {
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/calibration").param("asOf", Long.toString(calibrated))
                        .with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(calibrated))
                .andExpect(jsonPath("$.checks.length()").value(PublicAnchors.ALL.size()))
                .andExpect(jsonPath("$.checks[*].holds", everyItem(is(true))))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-requests-2024q4')].unit").value("REQUESTS_PER_DAY"))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-requests-2024q4')].value").value(3e9))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-requests-2024q4')].source")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("ChatGPT"))));
    }

    @Test
    void tenTimesTheRequestsFallOutsideTheRequestAndTokenAnchors() throws Exception {
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/calibration").with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(calibrated + 1))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-requests-2024q4')].holds").value(false))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-requests-2024q4')].ratio")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.closeTo(10.25, 0.1))))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-tokens-2025q3')].holds").value(false))
                .andExpect(jsonPath("$.checks[?(@.id == 'chip-capex-2025')].holds").value(true));
    }

    @Test
    void aPlannersOwnAnchorIsHeldBesideThePublicOnesUntilRemoved() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned own = ReadModels.createDefault(mvc, "alice");
        String anchor = "{\"name\":\"Tokens we served\",\"quantity\":\"TOKENS_PER_MONTH\",\"period\":\"2025Q3\","
                + "\"value\":%s,\"bound\":\"AROUND\",\"tolerance\":%s,\"published\":\"2025-10-02\","
                + "\"source\":\"our billing export\",\"reason\":\"hold the plan to what we served\"}";
        api.change(HttpMethod.PUT, own.id(), "/anchors/our-tokens", own.version(), anchor.formatted("4.2e12", "1.2"),
                viewer("v")).andExpect(status().isForbidden());
        api.change(HttpMethod.PUT, own.id(), "/anchors/our-tokens", own.version(), anchor.formatted("-1", "0.5"),
                        planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].field", org.hamcrest.Matchers.hasItems("value", "tolerance")));
        api.change(HttpMethod.PUT, own.id(), "/anchors/market-tokens-2025q3", own.version(), anchor.formatted("4.2e12", "1.2"),
                        planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].field").value("anchor"));
        api.change(HttpMethod.PUT, own.id(), "/anchors/our-tokens", own.version(), anchor.formatted("4.2e12", "1.2"),
                planner("bob")).andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, own.id(), own.version() + 1);

        mvc.perform(get("/api/scenarios/" + own.id() + "/calibration").with(viewer("v")))
                .andExpect(jsonPath("$.checks.length()").value(PublicAnchors.ALL.size() + 1))
                .andExpect(jsonPath("$.checks[?(@.id == 'our-tokens')].own").value(true))
                .andExpect(jsonPath("$.checks[?(@.id == 'our-tokens')].holds").value(false))
                .andExpect(jsonPath("$.checks[?(@.id == 'market-tokens-2025q3')].own").value(false));
        mvc.perform(get("/api/scenarios/" + own.id() + "/history").with(viewer("v")))
                .andExpect(jsonPath("$.entries[0].summary").value(org.hamcrest.Matchers.startsWith(
                        "Anchor \"Tokens we served\" for 2025Q3: 4.2 T")));

        api.change(HttpMethod.POST, own.id(), "/anchors/our-tokens/remove", own.version() + 1,
                "{\"reason\":\"double-counted retries\"}", planner("bob")).andExpect(status().isOk());
        mvc.perform(get("/api/scenarios/" + own.id() + "/calibration").with(viewer("v")))
                .andExpect(jsonPath("$.checks.length()").value(PublicAnchors.ALL.size()));
        api.change(HttpMethod.POST, own.id(), "/anchors/our-tokens/remove", own.version() + 2,
                        "{\"reason\":\"again\"}", planner("bob"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.violations[0].field").value("anchor"));
    }

    @Test
    void anUnknownVersionIsRefusedWithItsField() throws Exception {
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/calibration").param("asOf", "nonsense").with(viewer("v")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.field").value("asOf"));
    }
}
