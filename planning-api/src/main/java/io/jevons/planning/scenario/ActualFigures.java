package io.jevons.planning.scenario;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.event.ActualsRecorded;

/** The rules for recorded actuals: a quarter of the horizon, at least one figure, each figure plausible. */
final class ActualFigures {

    static final long MAX_CHIPS = 1_000_000_000L;
    static final double MAX_TOKENS = 1e21;
    /** A trillion dollars in a quarter, in cents. */
    static final long MAX_SPEND_CENTS = 100_000_000_000_000L;

    private ActualFigures() {
    }

    static void check(Violations violations, ActualsRecorded recorded, Horizon horizon) {
        if (recorded.quarter() == null || !horizon.contains(recorded.quarter())) {
            violations.add("quarter", recorded.quarter() + " is outside the horizon " + horizon);
        }
        violations.check(recorded.chipsDelivered() != null || recorded.tokensServed() != null || recorded.spend() != null,
                () -> "chipsDelivered", () -> "record at least one of chipsDelivered, tokensServed and spendUsd");
        if (recorded.chipsDelivered() != null) {
            violations.check(recorded.chipsDelivered() >= 0 && recorded.chipsDelivered() <= MAX_CHIPS,
                    () -> "chipsDelivered", () -> "must be 0 to " + MAX_CHIPS + ", was " + recorded.chipsDelivered());
        }
        if (recorded.tokensServed() != null) {
            violations.between(recorded.tokensServed(), 0, MAX_TOKENS, () -> "tokensServed");
        }
        if (recorded.spend() != null) {
            violations.check(recorded.spend().cents() >= 0 && recorded.spend().cents() <= MAX_SPEND_CENTS,
                    () -> "spendUsd", () -> "must be $0 to $1,000,000,000,000, was " + recorded.spend());
        }
    }
}
