package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** Power price, PUE, training reserve and availability from a quarter on were set. */
@Revision("1")
public record EconomicsSet(ScenarioId scenarioId, Quarter from, double powerPriceUsdPerKwh,
                           double powerUsageEffectiveness, double trainingShare, double availability, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetEconomics(from, new Economics(powerPriceUsdPerKwh, powerUsageEffectiveness, trainingShare,
                availability));
    }
}
