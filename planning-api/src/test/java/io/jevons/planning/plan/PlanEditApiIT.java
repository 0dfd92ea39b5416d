package io.jevons.planning.plan;

import io.jevons.testsupport.ApiTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PlanEditApiIT extends ApiTest {

    @Test
    void eightPastedQuartersAreOneEventOneVersionByTheSignedInPlanner() throws Exception {
        Versioned scenario = api.create(UUID.randomUUID(), "Pasted", "2024Q1", "2030Q4", true, "alice");
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cells.add(String.format(Locale.ROOT, "{\"row\":\"demand.growth\",\"quarter\":\"%dQ%d\",\"value\":%.2f}",
                    2027 + i / 4, i % 4 + 1, 0.01 * (i + 1)));
        }
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(),
                        "{\"edits\":[" + String.join(",", cells) + "],\"reason\":\"slower growth after 2026\"}",
                        planner("bob"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(scenario.version() + 1));

        List<String> stored = jdbc.sql("""
                        select payload_type || ' ' || convert_from(meta_data, 'UTF8') from eventstore.domain_event_entry
                        where aggregate_identifier = ? and sequence_number = ?""")
                .param(scenario.id().toString()).param(scenario.version()).query(String.class).list();
        assertThat(stored).singleElement().asString()
                .startsWith("io.jevons.planning.api.event.AssumptionsChanged").contains("\"user\":\"bob\"");
    }

    @Test
    void aRefusedCellRefusesTheWholeSaveInThePlannersUnitsAndStoresNothing() throws Exception {
        Versioned scenario = api.create(UUID.randomUUID(), "Refused", "2024Q1", "2030Q4", true, "alice");
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(), """
                        {"edits":[{"row":"demand.growth","quarter":"2027Q1","value":0.02},
                                  {"row":"mix.share:chat","quarter":"2027Q1","value":0.9}],"reason":"typo"}""",
                        planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("edits[1].value"))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.matchesPattern(
                        "the model mix of 2027Q1 sums to \\d+(\\.\\d+)? %; the shares of all workload classes must sum to 100 %")));
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(), """
                        {"edits":[{"row":"chips.delivered:h100","quarter":"2027Q1","value":5}],"reason":"x"}""",
                        planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("edits[0].row"));
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(), """
                        {"edits":[{"row":"demand.growth","quarter":"2027Q1","value":0.02}]}""", planner("bob"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("reason"));
        assertThat(eventCount(scenario.id())).isEqualTo(scenario.version());
    }

    @Test
    void aSaveOnAStaleVersionIsAConflictAndAViewerCannotSave() throws Exception {
        Versioned scenario = api.create(UUID.randomUUID(), "Stale", "2024Q1", "2030Q4", true, "alice");
        String growth = """
                {"edits":[{"row":"demand.growth","quarter":"2027Q1","value":0.03}],"reason":"x"}""";
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(), growth, planner("bob"))
                .andExpect(status().isOk());
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version(),
                        growth.replace("0.03", "0.04"), planner("carol"))
                .andExpect(status().isConflict());
        api.change(HttpMethod.POST, scenario.id(), "/plan/edits", scenario.version() + 1, growth, viewer("vic"))
                .andExpect(status().isForbidden());
        assertThat(eventCount(scenario.id())).isEqualTo(scenario.version() + 1);
    }

    private long eventCount(UUID id) {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single();
    }
}
