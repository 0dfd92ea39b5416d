package io.jevons.planning.api.scenario;

import io.jevons.capacity.change.AssumptionChange;

/** An accepted change of an assumption, with the planner's reason; maps onto the capacity model's change. */
public interface AssumptionEvent extends ScenarioEvent {

    AssumptionChange toChange();
}
