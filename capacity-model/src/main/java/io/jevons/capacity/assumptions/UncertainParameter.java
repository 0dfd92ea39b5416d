package io.jevons.capacity.assumptions;

import io.jevons.capacity.unit.Usd;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A numeric assumption a range can be put on. A range scales every value of the assumption by one factor (a
 * growth schedule, every order of a chip type), so it stays meaningful when the planner edits the values.
 * Some take a target: a workload class or a chip type (none = all of them).
 */
public enum UncertainParameter {
    DEMAND_BASELINE("Demand baseline", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withDemand(a.demand().withRequestsPerDay(a.demand().requestsPerDay() * f));
        }
    },
    DEMAND_GROWTH("Demand growth", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            Demand d = a.demand();
            return a.withDemand(new Demand(d.requestsPerDay(), d.quarterlyGrowth().map(g -> g * f), d.peakToAverage(),
                    d.inputTokenWeight()));
        }
    },
    PEAK_TO_AVERAGE("Peak to average", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withDemand(a.demand().withPeakToAverage(a.demand().peakToAverage() * f));
        }
    },
    TOKENS_PER_REQUEST("Tokens per request", Target.WORKLOAD_CLASS) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withWorkloadClassesMapped(c -> matches(c.id(), target) ? tokens(c, p -> new TokenProfile(
                    p.outputTokensPerRequest() * f, p.inputTokensPerRequest() * f, p.flopsPerToken())) : c);
        }
    },
    FLOPS_PER_TOKEN("FLOPs per token", Target.WORKLOAD_CLASS) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withWorkloadClassesMapped(c -> matches(c.id(), target) ? tokens(c, p -> new TokenProfile(
                    p.outputTokensPerRequest(), p.inputTokensPerRequest(), p.flopsPerToken() * f)) : c);
        }
    },
    EFFICIENCY_STEPS("Efficiency steps", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            Efficiency e = a.efficiency();
            return a.withEfficiency(new Efficiency(e.steps().stream()
                    .map(s -> new EfficiencyStep(s.quarter(), s.scope(), s.factor() * f, s.label())).toList(),
                    e.annualGains()));
        }
    },
    ANNUAL_EFFICIENCY_GAIN("Annual efficiency gain", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            Efficiency e = a.efficiency();
            return a.withEfficiency(new Efficiency(e.steps(), e.annualGains().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, gains -> gains.getValue().map(g -> g * f),
                            (one, other) -> one, TreeMap::new))));
        }
    },
    CHIP_PERFORMANCE("Chip performance", Target.CHIP_TYPE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withChipTypesMapped(t -> matches(t.id(), target) ? new ChipType(t.id(), t.name(), t.vendor(),
                    t.kind(), t.peakFlopsPerSecond() * f, t.hbmGigabytes(), t.tdpWatts(), t.unitPrice(),
                    t.usefulLifeYears(), t.servingEfficiency()) : t);
        }
    },
    ORDER_QUANTITY("Chips delivered", Target.CHIP_TYPE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withOrdersMapped(o -> matches(o.chipType(), target)
                    ? o.withQuantity(Math.max(1, Math.round(o.quantity() * f))) : o);
        }
    },
    CHIP_PRICE("Chip price", Target.CHIP_TYPE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withOrdersMapped(o -> matches(o.chipType(), target) ? o.withUnitPrice(scaled(o.unitPrice(), f)) : o);
        }
    },
    POWER_PRICE("Power price", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withEconomics(a.economics().map(e -> new Economics(e.powerPriceUsdPerKwh() * f,
                    e.powerUsageEffectiveness(), e.trainingShare(), e.availability())));
        }
    },
    REBOUND_ELASTICITY("Rebound elasticity", Target.NONE) {
        @Override
        public Assumptions scale(Assumptions a, String target, double f) {
            return a.withReboundElasticity(a.reboundElasticity() * f);
        }
    };

    /** What a parameter's target names. */
    public enum Target {
        NONE, WORKLOAD_CLASS, CHIP_TYPE
    }

    private final String label;
    private final Target target;

    UncertainParameter(String label, Target target) {
        this.label = label;
        this.target = target;
    }

    public String label() {
        return label;
    }

    public Target target() {
        return target;
    }

    /** The assumptions with this parameter (of {@code target}, or all if null) multiplied by {@code factor}. */
    public abstract Assumptions scale(Assumptions assumptions, String target, double factor);

    private static boolean matches(WorkloadClassId id, String target) {
        return target == null || id.value().equals(target);
    }

    private static boolean matches(ChipTypeId id, String target) {
        return target == null || id.value().equals(target);
    }

    private static WorkloadClass tokens(WorkloadClass c, UnaryOperator<TokenProfile> change) {
        return new WorkloadClass(c.id(), c.name(), c.tokens().map(change));
    }

    private static Usd scaled(Usd price, double factor) {
        return Usd.ofCents(Math.round(price.cents() * factor));
    }
}
