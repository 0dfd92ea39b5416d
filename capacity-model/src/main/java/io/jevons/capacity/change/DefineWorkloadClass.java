package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Quarter;

/** A new workload class (or a redefinition) with its token profile from a quarter on. */
public record DefineWorkloadClass(WorkloadClassId workloadClass, String name, Quarter from, TokenProfile tokens)
        implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withWorkloadClass(WorkloadClass.of(workloadClass, name, from, tokens));
    }

    @Override
    public String summary() {
        return "Workload class " + name + " (" + workloadClass + ") from " + from + ": " + Tokens.describe(tokens);
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.MODEL_MIX;
    }
}
