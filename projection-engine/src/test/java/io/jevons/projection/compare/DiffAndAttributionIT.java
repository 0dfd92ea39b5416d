package io.jevons.projection.compare;

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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Diff and attribution between versions of the default scenario, from the events. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffAndAttributionIT {

    @Autowired
    MockMvc mvc;
    /** Reads decimals exactly: the bars' sums are compared to the last digit. */
    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    Versioned scenario;
    long before;

    @BeforeAll
    void planTheDefaultThenChangeIt() throws Exception {
        scenario = ReadModels.createDefault(mvc, "alice");
        ScenarioApi api = new ScenarioApi(mvc);
        before = scenario.version();
        long version = before;
        version = ScenarioApi.versionIn(api.change(HttpMethod.PUT, scenario.id(), "/orders/gb200-2027q1/quantity", version,
                "{\"quantity\":900000,\"reason\":\"Blackwell allocation doubled\"}", planner("bob")).andReturn());
        version = ScenarioApi.versionIn(api.change(HttpMethod.PUT, scenario.id(), "/rebound", version,
                "{\"elasticity\":1.0,\"reason\":\"full rebound\"}", planner("carol")).andReturn());
        version = ScenarioApi.versionIn(api.change(HttpMethod.PUT, scenario.id(), "/economics/2027Q1", version,
                "{\"powerPriceUsdPerKwh\":0.12,\"powerUsageEffectiveness\":1.2,\"trainingShare\":0.18,\"availability\":0.95,"
                        + "\"reason\":\"power contract\"}", planner("bob")).andReturn());
        assertThat(version).isEqualTo(before + 3);
    }

    @Test
    void theDiffNamesTheChangedAssumptionsAndTheMovedOutputs() throws Exception {
        JsonNode diff = getJson("/api/scenarios/" + scenario.id() + "/diff?from=" + before);
        assertThat(diff.get("left").get("version").asLong()).isEqualTo(before);
        assertThat(diff.get("right").get("version").asLong()).isEqualTo(before + 3);
        assertThat(diff.get("assumptions").toString()).contains("Order gb200-2027q1", "600,000 × gb200",
                "900,000 × gb200", "Rebound ε", "Economics from 2027Q1", "training reserve 18 %");
        JsonNode y2027 = diff.get("years").get(3);
        assertThat(y2027.get("year").asInt()).isEqualTo(2027);
        JsonNode capex = y2027.get("outputs").get(4);
        assertThat(capex.get("metric").asString()).isEqualTo("capex");
        assertThat(capex.get("change").decimalValue()).isEqualByComparingTo(new BigDecimal("12600000000"));
    }

    @Test
    void aDiffOfTwoScenariosComparesThemAtTheirLatestVersions() throws Exception {
        Versioned other = new ScenarioApi(mvc).create("Empty", "dan");
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/diff?from=" + before + "&with=" + other.id()).with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.right.name").value("Empty"))
                .andExpect(jsonPath("$.assumptions[0].item").value("Horizon"));
    }

    @Test
    void theWaterfallLabelsEachBarWithItsEventUserAndReasonAndSumsExactly() throws Exception {
        JsonNode waterfall = getJson("/api/scenarios/" + scenario.id() + "/attribution?metric=total-cost:2028&from="
                + before);
        JsonNode bars = waterfall.get("bars");
        assertThat(bars).hasSize(3);
        assertThat(bars.get(0).get("user").asString()).isEqualTo("bob");
        assertThat(bars.get(0).get("reason").asString()).isEqualTo("Blackwell allocation doubled");
        assertThat(bars.get(0).get("eventType").asString()).isEqualTo("OrderQuantityChanged");
        assertThat(bars.get(1).get("delta").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO); // rebound moves no cost
        assertSumsExactly(waterfall);
    }

    @Test
    void shapleyValuesSumExactlyAndMoreThanTwelveChangesAreRefused() throws Exception {
        JsonNode shapley = getJson("/api/scenarios/" + scenario.id() + "/attribution?metric=cost-per-million-tokens:2028Q1"
                + "&method=shapley&from=" + before);
        assertThat(shapley.get("method").asString()).isEqualTo("SHAPLEY");
        assertSumsExactly(shapley);

        mvc.perform(get("/api/scenarios/" + scenario.id() + "/attribution?metric=capex:2025&method=shapley&from=1")
                        .with(viewer("v")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("changes"));
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/attribution?metric=mood:2025").with(viewer("v")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("metric"));
    }

    @Test
    void theWholeHistoryGroupedByFamilyIsAFewBarsWithTheSameTotalAndTakesShapley() throws Exception {
        JsonNode byEvent = getJson("/api/scenarios/" + scenario.id() + "/attribution?metric=total-cost:2028&from=1");
        JsonNode byFamily = getJson("/api/scenarios/" + scenario.id()
                + "/attribution?metric=total-cost:2028&from=1&group=family");

        assertThat(byEvent.get("grouping").asString()).isEqualTo("EVENT");
        assertThat(byFamily.get("grouping").asString()).isEqualTo("FAMILY");
        assertThat(byFamily.get("bars").size()).isBetween(3, 9).isLessThan(byEvent.get("bars").size());
        assertThat(byFamily.get("bars").get(0).get("summary").asString()).matches("[A-Z][a-z ]+: [\\d,]+ changes?, versions .*");
        assertThat(byFamily.get("totalChange").decimalValue()).isEqualByComparingTo(byEvent.get("totalChange").decimalValue());
        assertSumsExactly(byFamily);
        JsonNode shapley = getJson("/api/scenarios/" + scenario.id()
                + "/attribution?metric=total-cost:2028&from=1&group=family&method=shapley");
        assertSumsExactly(shapley);
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/attribution?metric=capex:2025&group=team")
                        .with(viewer("v")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("group"));
    }

    private void assertSumsExactly(JsonNode attribution) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode bar : attribution.get("bars")) {
            sum = sum.add(bar.get("delta").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(attribution.get("totalChange").decimalValue());
        assertThat(attribution.get("after").decimalValue().subtract(attribution.get("before").decimalValue()))
                .isEqualByComparingTo(attribution.get("totalChange").decimalValue());
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(viewer("v"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
