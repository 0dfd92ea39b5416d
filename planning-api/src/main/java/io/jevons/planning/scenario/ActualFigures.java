package io.jevons.planning.scenario;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.actuals.ActualsRecorded;
import io.jevons.planning.api.actuals.RecordActuals;

/** The rules for recorded actuals: a quarter of the horizon, at least one figure, each figure plausible. */
final class ActualFigures {

    static final long MAX_CHIPS = 1_000_000_000L;
    static final double MAX_TOKENS = 1e21;
    /** A trillion dollars in a quarter, in cents. */
    static final long MAX_SPEND_CENTS = 100_000_000_000_000L;

    private ActualFigures() {
    }

    static ActualsRecorded validated(RecordActuals command, Horizon horizon) {
        if (command.quarter() == null || !horizon.contains(command.quarter())) {
            throw InvalidAssumptionsException.of("quarter", command.quarter() + " is outside the horizon " + horizon);
        }
        Violations violations = new Violations();
        violations.check(command.chipsDelivered() != null || command.tokensServed() != null || command.spend() != null,
                () -> "chipsDelivered", () -> "record at least one of chipsDelivered, tokensServed and spendUsd");
        if (command.chipsDelivered() != null) {
            violations.check(command.chipsDelivered() >= 0 && command.chipsDelivered() <= MAX_CHIPS,
                    () -> "chipsDelivered", () -> "must be 0 to " + MAX_CHIPS + ", was " + command.chipsDelivered());
        }
        if (command.tokensServed() != null) {
            violations.between(command.tokensServed(), 0, MAX_TOKENS, () -> "tokensServed");
        }
        if (command.spend() != null) {
            violations.check(command.spend().cents() >= 0 && command.spend().cents() <= MAX_SPEND_CENTS,
                    () -> "spendUsd", () -> "must be $0 to $1,000,000,000,000, was " + command.spend());
        }
        violations.throwIfAny();
        return new ActualsRecorded(command.scenarioId(), command.quarter(), command.chipsDelivered(),
                command.tokensServed(), command.spend(), Reasons.optional(command.reason()));
    }
}
