package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeChipSpecs;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The specs of a chip type of the catalog changed. */
@Revision("1")
public record ChipSpecsChanged(ScenarioId scenarioId, ChipTypeId chipType, String name, String vendor, ChipKind kind,
                               double peakFlopsPerSecond, double hbmGigabytes, double tdpWatts, Usd unitPrice,
                               double usefulLifeYears, double servingEfficiency, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new ChangeChipSpecs(new ChipType(chipType, name, vendor, kind, peakFlopsPerSecond, hbmGigabytes, tdpWatts,
                unitPrice, usefulLifeYears, servingEfficiency));
    }
}
