package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Quarter;

/** New tokens per request or FLOPs per token of a workload class from a quarter on. */
public record ChangeWorkloadTokens(WorkloadClassId workloadClass, Quarter from, TokenProfile tokens)
        implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withTokensFrom(workloadClass, from, tokens);
    }

    @Override
    public String summary() {
        return "Tokens of " + workloadClass + " from " + from + ": " + Tokens.describe(tokens);
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.MODEL_MIX;
    }
}
