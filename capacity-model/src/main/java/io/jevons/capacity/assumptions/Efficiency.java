package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gains in FLOPs per token: one-off steps, and continuous annual rates per scope, set from a quarter on. A rate of
 * 0.3 is 1.3x the efficiency a year, compounded quarterly: FLOPs per token divided by 1.3, i.e. 23% fewer a year.
 * Steps and rates compound.
 */
public record Efficiency(List<EfficiencyStep> steps, Map<EfficiencyScope, Schedule<Double>> annualGains) {

    public static final Efficiency NONE = new Efficiency(List.of(), Map.of());

    public Efficiency {
        steps = List.copyOf(steps);
        annualGains = Collections.unmodifiableMap(new TreeMap<>(annualGains));
    }

    /** Adds a step, replacing one of the same scope in the same quarter. */
    public Efficiency withStep(EfficiencyStep step) {
        List<EfficiencyStep> next = new ArrayList<>(steps.size() + 1);
        for (EfficiencyStep existing : steps) {
            if (!(existing.quarter().equals(step.quarter()) && existing.scope().equals(step.scope()))) {
                next.add(existing);
            }
        }
        next.add(step);
        return new Efficiency(next, annualGains);
    }

    public Efficiency withAnnualGainFrom(EfficiencyScope scope, Quarter from, double annualGain) {
        Map<EfficiencyScope, Schedule<Double>> next = new TreeMap<>(annualGains);
        next.put(scope, next.getOrDefault(scope, Schedule.empty()).with(from, annualGain));
        return new Efficiency(steps, next);
    }
}
