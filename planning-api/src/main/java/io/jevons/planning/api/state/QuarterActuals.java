package io.jevons.planning.api.state;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.event.ActualsRecorded;

/** What really happened in a quarter, as recorded so far; a figure not recorded yet is null. */
public record QuarterActuals(Quarter quarter, Long chipsDelivered, Double tokensServed, Usd spend) {

    /** These actuals with the figures a later recording gives replacing the ones it names. */
    QuarterActuals with(ActualsRecorded recorded) {
        return new QuarterActuals(quarter,
                recorded.chipsDelivered() != null ? recorded.chipsDelivered() : chipsDelivered,
                recorded.tokensServed() != null ? recorded.tokensServed() : tokensServed,
                recorded.spend() != null ? recorded.spend() : spend);
    }
}
