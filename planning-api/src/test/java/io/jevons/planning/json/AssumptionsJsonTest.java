package io.jevons.planning.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.planning.scenario.ScenarioState;
import io.jevons.planning.api.scenario.ScenarioId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Assumptions survive JSON both ways exactly: read models keep scenario state as JSON, the API shows it. */
class AssumptionsJsonTest {

    @Test
    void theDefaultScenarioRoundTripsThroughTheMessageMapper() throws Exception {
        ObjectMapper mapper = JevonsJson.messageMapper();
        ScenarioState state = new ScenarioState(ScenarioId.random(), "Default", DefaultScenario.assumptions(), false, null, 345);

        String json = mapper.writeValueAsString(state);

        assertThat(mapper.readValue(json, ScenarioState.class)).isEqualTo(state);
        assertThat(json).contains("\"first\":\"2024Q1\"", "\"chipType\":\"h100\"", "\"shares\":{\"chat\":1.0}",
                "\"annualGains\":{\"all\":");
    }

    @Test
    void theWebMapperWritesTheSameShape() {
        JsonMapper web = JevonsJson.configureWeb(JsonMapper.builder()).build();
        Assumptions assumptions = DefaultScenario.assumptions();

        String json = web.writeValueAsString(assumptions);

        assertThat(web.readValue(json, Assumptions.class)).isEqualTo(assumptions);
    }
}
