package io.jevons.projection.projection;

import io.jevons.capacity.defaults.DatedChange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The projection from the read models, and as of every version of the default scenario from the events. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    Versioned scenario;

    @BeforeAll
    void createTheDefaultScenario() throws Exception {
        scenario = ReadModels.createDefault(mvc, "alice");
    }

    @Test
    void theReadModelHoldsExactlyTheCapacityModelsProjection() throws Exception {
        JsonNode body = getJson("/api/scenarios/" + scenario.id() + "/projection");

        assertThat(body.get("version").asLong()).isEqualTo(scenario.version());
        assertThat(body.get("asOf").isNull()).isTrue();
        assertThat(body.get("projection")).isEqualTo(tree(CapacityProjector.project(DefaultScenario.assumptions())));
    }

    @Test
    void aChangeIsServedAtItsNewVersionNotFromTheAnswerKeptForTheOldOne() throws Exception {
        Versioned copy = ReadModels.createDefault(mvc, "alice");
        JsonNode before = getJson("/api/scenarios/" + copy.id() + "/projection");
        new ScenarioApi(mvc).change(HttpMethod.PUT, copy.id(), "/demand/baseline", copy.version(),
                        "{\"requestsPerDay\":1e10,\"reason\":\"cache\"}", planner("alice"))
                .andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, copy.id(), copy.version() + 1);

        JsonNode after = getJson("/api/scenarios/" + copy.id() + "/projection");

        assertThat(before.get("version").asLong()).isEqualTo(copy.version());
        assertThat(after.get("version").asLong()).isEqualTo(copy.version() + 1);
        assertThat(after.get("projection")).isNotEqualTo(before.get("projection"));
        mvc.perform(get("/api/scenarios/" + copy.id() + "/projection").with(viewer("v")))
                .andExpect(header().string("ETag", "\"" + (copy.version() + 1) + "\""));
    }

    @Test
    void asOfEveryVersionOfTheDefaultScenarioMatchesAFreshProjectionOfItsAssumptionsThen() throws Exception {
        List<DatedChange> history = DefaultScenario.history();
        Assumptions assumptions = Assumptions.empty(DefaultScenario.HORIZON);
        assertAsOf(1, assumptions);
        for (int i = 0; i < history.size(); i++) {
            assumptions = history.get(i).change().applyTo(assumptions);
            assertAsOf(i + 2, assumptions);
        }
    }

    @Test
    void asOfADayBeforeTheScenarioExistedIsRefusedAndAnUnknownScenarioIsNotFound() throws Exception {
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/projection").param("asOf", "2001-01-01").with(viewer("v")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("asOf"));
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/projection").param("asOf", "yesterday").with(viewer("v")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/scenarios/" + UUID.randomUUID() + "/projection").with(viewer("v")))
                .andExpect(status().isNotFound());
    }

    @Test
    void quartersAndYearsDownloadAsCsvWithAUnitInEveryColumn() throws Exception {
        String quarters = mvc.perform(get("/api/scenarios/" + scenario.id() + "/projection/quarters")
                        .accept("text/csv").with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = quarters.lines().toList();
        assertThat(lines).hasSize(1 + DefaultScenario.HORIZON.quarterCount());
        assertThat(lines.get(0)).startsWith("quarter,demand_flops_per_second,supply_flops_per_second,utilization")
                .contains("installed_chips_h100", "share_NVIDIA", "demand_flops_per_second_reasoning");
        assertThat(lines.get(1)).startsWith("2024Q1,");

        String years = mvc.perform(get("/api/scenarios/" + scenario.id() + "/projection/years").param("asOf", "2")
                        .accept("text/csv").with(viewer("v")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(years.lines()).hasSize(1 + 7).first().asString().contains("total_cost_usd");
    }

    @Test
    void theWorkbookHasAQuartersAndAYearsSheetWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/scenarios/" + scenario.id() + "/projection/workbook").with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Quarters");
            assertThat(workbook.getSheet("Quarters").getLastRowNum()).isEqualTo(DefaultScenario.HORIZON.quarterCount());
            assertThat(workbook.getSheet("Years").getRow(0).getCell(10).getStringCellValue()).isEqualTo("total_cost_usd");
            assertThat(workbook.getSheet("Years").getRow(2).getCell(6).getNumericCellValue())
                    .isEqualTo(CapacityProjector.project(DefaultScenario.assumptions()).year(2025).capex().dollarsApprox());
        }
    }

    @Test
    void theAssumptionsAsOfAVersionComeFromTheEvents() throws Exception {
        JsonNode body = getJson("/api/scenarios/" + scenario.id() + "/assumptions?asOf=1");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("assumptions")).isEqualTo(tree(Assumptions.empty(DefaultScenario.HORIZON)));
        JsonNode now = getJson("/api/scenarios/" + scenario.id() + "/assumptions");
        assertThat(now.get("assumptions")).isEqualTo(tree(DefaultScenario.assumptions()));
    }

    private void assertAsOf(long version, Assumptions expected) throws Exception {
        JsonNode body = getJson("/api/scenarios/" + scenario.id() + "/projection?asOf=" + version);
        assertThat(body.get("version").asLong()).isEqualTo(version);
        assertThat(body.get("projection")).as("projection as of version %d", version)
                .isEqualTo(tree(CapacityProjector.project(expected)));
    }

    /** As the API writes it, then read back: numbers compare the same way on both sides. */
    private JsonNode tree(Object value) {
        return json.readTree(json.writeValueAsString(value));
    }

    private JsonNode getJson(String path) throws Exception {
        String text = mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(viewer("v")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(text);
    }
}
