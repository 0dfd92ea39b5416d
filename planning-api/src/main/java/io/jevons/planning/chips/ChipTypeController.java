package io.jevons.planning.chips;

import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.change.ChangeChipSpecs;
import io.jevons.capacity.change.DefineChipType;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.jevons.planning.web.Fields.parsed;
import static io.jevons.planning.web.Fields.required;

/** The scenario's chip catalog: GPUs and ASICs with the figures the projection needs. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/chip-types")
@Tag(name = "Chips")
class ChipTypeController {

    /** A chip type's figures; {@code chipType} (the id) only when defining a new one. */
    record Specs(ChipTypeId chipType, String name, String vendor, ChipKind kind, Double peakFlopsPerSecond,
                 Double hbmGigabytes, Double tdpWatts, Usd unitPrice, Double usefulLifeYears,
                 Double servingEfficiency, String reason) {

        ChipType toChipType(ChipTypeId id) {
            return new ChipType(id, name, vendor, required(kind, "kind"), required(peakFlopsPerSecond, "peakFlopsPerSecond"),
                    required(hbmGigabytes, "hbmGigabytes"), required(tdpWatts, "tdpWatts"), required(unitPrice, "unitPrice"),
                    required(usefulLifeYears, "usefulLifeYears"), required(servingEfficiency, "servingEfficiency"));
        }
    }

    private final ScenarioUpdates updates;

    ChipTypeController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PostMapping
    @Operation(summary = "Add a chip type to the catalog")
    ResponseEntity<ScenarioVersionResponse> define(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                   @RequestBody Specs body) {
        return updates.change(scenarioId, headers,
                new DefineChipType(body.toChipType(required(body.chipType(), "chipType"))), body.reason());
    }

    @PutMapping("/{chipType}")
    @Operation(summary = "Change the specs of a chip type; every order of that type is projected with them")
    ResponseEntity<ScenarioVersionResponse> changeSpecs(@PathVariable UUID scenarioId, @PathVariable String chipType,
                                                        ChangeHeaders headers, @RequestBody Specs body) {
        return updates.change(scenarioId, headers,
                new ChangeChipSpecs(body.toChipType(parsed(chipType, "chipType", ChipTypeId::of))), body.reason());
    }
}
