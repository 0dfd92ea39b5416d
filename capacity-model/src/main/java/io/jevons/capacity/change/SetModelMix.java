package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.time.Quarter;

import java.util.stream.Collectors;

/** Share of requests per workload class from a quarter on. */
public record SetModelMix(Quarter from, ModelMix mix) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withModelMixFrom(from, mix);
    }

    @Override
    public String summary() {
        return "Model mix from " + from + ": " + mix.shares().entrySet().stream()
                .map(share -> share.getKey() + " " + Format.percent(share.getValue()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.MODEL_MIX;
    }
}
