package io.jevons.planning.demand;

import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.jevons.planning.web.Fields.parsed;
import static io.jevons.planning.web.Fields.required;

/** Demand assumptions: requests per day, their growth, the daily peak and the weight of input tokens. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/demand")
@Tag(name = "Demand")
class DemandController {

    record Baseline(Double requestsPerDay, String reason) {
    }

    record Growth(Double quarterlyGrowth, String reason) {
    }

    record PeakToAverage(Double peakToAverage, String reason) {
    }

    record InputTokenWeight(Double inputTokenWeight, String reason) {
    }

    private final ScenarioUpdates updates;

    DemandController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PutMapping("/baseline")
    @Operation(summary = "Set requests per day in the horizon's first quarter")
    ResponseEntity<ScenarioVersionResponse> baseline(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                     @RequestBody Baseline body) {
        return updates.change(scenarioId, headers,
                new SetDemandBaseline(required(body.requestsPerDay(), "requestsPerDay")), body.reason());
    }

    @PutMapping("/growth/{quarter}")
    @Operation(summary = "Set quarter-on-quarter request growth from a quarter on")
    ResponseEntity<ScenarioVersionResponse> growth(@PathVariable UUID scenarioId, @PathVariable String quarter,
                                                   ChangeHeaders headers,
                                                   @RequestBody Growth body) {
        return updates.change(scenarioId, headers, new SetDemandGrowth(parsed(quarter, "quarter", Quarter::parse),
                required(body.quarterlyGrowth(), "quarterlyGrowth")), body.reason());
    }

    @PutMapping("/peak-to-average")
    @Operation(summary = "Set the peak-to-average factor that capacity is sized for")
    ResponseEntity<ScenarioVersionResponse> peakToAverage(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                          @RequestBody PeakToAverage body) {
        return updates.change(scenarioId, headers,
                new SetPeakToAverage(required(body.peakToAverage(), "peakToAverage")), body.reason());
    }

    @PutMapping("/input-token-weight")
    @Operation(summary = "Set the compute weight of an input token relative to an output token")
    ResponseEntity<ScenarioVersionResponse> inputTokenWeight(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                             @RequestBody InputTokenWeight body) {
        return updates.change(scenarioId, headers,
                new SetInputTokenWeight(required(body.inputTokenWeight(), "inputTokenWeight")), body.reason());
    }
}
