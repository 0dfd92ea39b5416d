package io.jevons.planning.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.Distribution;
import io.jevons.capacity.assumptions.UncertainParameter;
import io.jevons.capacity.calibration.PublicAnchors;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.json.JevonsJson;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ProposalState;
import io.jevons.planning.api.state.QuarterActuals;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionTag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assumptions survive JSON both ways exactly: read models keep scenario state as JSON, the API shows it. */
class AssumptionsJsonTest {

    @Test
    void theDefaultScenarioRoundTripsThroughTheMessageMapper() throws Exception {
        ObjectMapper mapper = JevonsJson.messageMapper();
        Assumptions ranged = new SetAssumptionRange(new AssumptionRange(UncertainParameter.CHIP_PRICE, "h100", 0.9, 1.2,
                Distribution.UNIFORM)).applyTo(DefaultScenario.assumptions());
        ScenarioState state = new ScenarioState(ScenarioId.random(), "Default", ranged, false, null, 345, true,
                List.of(new VersionTag("Board plan", 300, 301)),
                List.of(new QuarterActuals(Quarter.of(2025, 1), 1_000L, 2e12, Usd.ofWholeDollars(5_000_000))),
                List.of(PublicAnchors.ALL.get(0)),
                List.of(new ProposalState(1, ScenarioId.random(), "Blackwell slips", "a quarter late", 5, 3,
                        ProposalState.Status.MERGED, ReviewVerdict.APPROVED, 1, 9L, 12L)));

        String json = mapper.writeValueAsString(state);

        assertThat(mapper.readValue(json, ScenarioState.class)).isEqualTo(state);
        assertThat(json).contains("\"first\":\"2024Q1\"", "\"chipType\":\"h100\"", "\"shares\":{\"chat\":1.0}",
                "\"annualGains\":{\"all\":");
    }

    @Test
    void aStateStoredBeforeLocksTagsActualsRangesAndAnchorsReadsAsHavingNone() throws Exception {
        ObjectMapper mapper = JevonsJson.messageMapper();
        ScenarioState current = ScenarioState.NONE.evolve(new ScenarioCreated(ScenarioId.random(), "Old", Quarter.of(2025, 1),
                Quarter.of(2026, 4), null));
        ObjectNode stored = (ObjectNode) mapper.readTree(mapper.writeValueAsString(current));
        stored.remove(List.of("locked", "tags", "actuals", "anchors"));
        ((ObjectNode) stored.get("assumptions")).remove("uncertainty");

        assertThat(mapper.readValue(stored.toString(), ScenarioState.class)).isEqualTo(current);
    }

    @Test
    void theWebMapperWritesTheSameShape() {
        JsonMapper web = JevonsJson.configureWeb(JsonMapper.builder()).build();
        Assumptions assumptions = DefaultScenario.assumptions();

        String json = web.writeValueAsString(assumptions);

        assertThat(web.readValue(json, Assumptions.class)).isEqualTo(assumptions);
    }
}
