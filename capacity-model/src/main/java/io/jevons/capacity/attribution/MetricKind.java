package io.jevons.capacity.attribution;

import io.jevons.capacity.plan.Glossary;
import io.jevons.capacity.plan.Term;
import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.projection.FleetCount;
import io.jevons.capacity.projection.ProjectedQuarter;
import io.jevons.capacity.projection.ProjectedYear;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** What a planner can ask "why did it move?" about, per year or per quarter, with its unit. */
public enum MetricKind {
    TOTAL_COST("total-cost", Glossary.TOTAL_COST, y -> y.totalCost().dollars(), null),
    CAPEX("capex", Glossary.CAPEX, y -> y.capex().dollars(), q -> q.capex().dollars()),
    INFERENCE_COST("inference-cost", Glossary.INFERENCE_COST, y -> y.inferenceCost().dollars(), q -> q.inferenceCost().dollars()),
    SERVED_TOKENS("served-tokens", Glossary.SERVED_TOKENS, y -> exact(y.servedTokens()), q -> exact(q.servedTokens())),
    COST_PER_MILLION_TOKENS("cost-per-million-tokens", Glossary.COST_PER_MILLION_TOKENS,
            y -> exact(y.costPerMillionTokensUsd()), q -> exact(q.costPerMillionTokensUsd())),
    DEMAND_FLOPS("demand-flops", Glossary.DEMAND, y -> exact(y.averageDemandFlopsPerSecond()), q -> exact(q.demandFlopsPerSecond())),
    SUPPLY_FLOPS("supply-flops", Glossary.SUPPLY, y -> exact(y.averageSupplyFlopsPerSecond()), q -> exact(q.supplyFlopsPerSecond())),
    SHORTFALL_FLOPS("shortfall-flops", Glossary.SHORTFALL_COMPUTE, null, q -> exact(q.shortfallFlopsPerSecond())),
    UTILIZATION("utilization", Glossary.UTILIZATION, y -> exact(y.peakUtilization()), q -> exact(q.utilization())),
    CHIPS_DELIVERED("chips-delivered", Glossary.CHIPS_DELIVERED, y -> delivered(y.fleet()), q -> delivered(q.fleet()));

    private final String key;
    private final Term term;
    private final Function<ProjectedYear, BigDecimal> ofYear;
    private final Function<ProjectedQuarter, BigDecimal> ofQuarter;

    MetricKind(String key, Term term, Function<ProjectedYear, BigDecimal> ofYear,
               Function<ProjectedQuarter, BigDecimal> ofQuarter) {
        this.key = key;
        this.term = term;
        this.ofYear = ofYear;
        this.ofQuarter = ofQuarter;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return term.unit();
    }

    /** The metric's words in the glossary. */
    public Term term() {
        return term;
    }

    boolean hasYearly() {
        return ofYear != null;
    }

    boolean hasQuarterly() {
        return ofQuarter != null;
    }

    /** The value, exactly as projected, or null where the projection leaves it undefined. */
    BigDecimal of(ProjectedYear year) {
        return ofYear.apply(year);
    }

    BigDecimal of(ProjectedQuarter quarter) {
        return ofQuarter.apply(quarter);
    }

    /** A double's exact decimal value, so differences of metric values telescope without rounding. */
    private static BigDecimal delivered(List<FleetCount> fleet) {
        return BigDecimal.valueOf(fleet.stream().mapToLong(FleetCount::delivered).sum());
    }

    private static BigDecimal exact(Double value) {
        return value == null ? null : new BigDecimal(value);
    }
}
