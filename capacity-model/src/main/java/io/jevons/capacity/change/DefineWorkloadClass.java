package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.validation.InvalidAssumptionsException;

/** A new workload class with its token profile from a quarter on; refused if the id is taken. */
public record DefineWorkloadClass(WorkloadClassId workloadClass, String name, Quarter from, TokenProfile tokens)
        implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        if (a.workloadClass(workloadClass).isPresent()) {
            throw InvalidAssumptionsException.of("workloadClasses[" + workloadClass + "]",
                    "workload class " + workloadClass + " is already defined; change its tokens instead");
        }
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
