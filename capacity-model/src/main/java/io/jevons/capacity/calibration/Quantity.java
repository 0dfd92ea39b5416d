package io.jevons.capacity.calibration;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.projection.ClassDemand;
import io.jevons.capacity.projection.ProjectedQuarter;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.time.Quarter;

/** What of a projection an anchor constrains, in which unit, and how the model's value of it is read. */
public enum Quantity {
    /** Tokens read and written (input and output, after the rebound) per month, averaged over the quarter. */
    TOKENS_PER_MONTH(Unit.TOKENS) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            ProjectedQuarter q = p.quarter(quarter);
            double inputWeight = a.demand().inputTokenWeight();
            double tokensPerSecond = 0;
            for (ClassDemand demand : q.demandByClass()) {
                TokenProfile profile = a.workloadClass(demand.workloadClass()).map(WorkloadClass::tokens)
                        .flatMap(tokens -> tokens.valueAt(quarter)).orElse(null);
                if (profile != null && profile.weightedTokensPerRequest(inputWeight) > 0) {
                    double rebound = demand.tokensPerRequest() / profile.weightedTokensPerRequest(inputWeight);
                    tokensPerSecond += demand.requestsPerSecond() * rebound
                            * (profile.inputTokensPerRequest() + profile.outputTokensPerRequest());
                }
            }
            return tokensPerSecond / a.demand().peakToAverage() * SECONDS_PER_MONTH;
        }
    },
    /** Requests a day, averaged over the quarter. */
    REQUESTS_PER_DAY(Unit.REQUESTS_PER_DAY) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            double atPeak = p.quarter(quarter).demandByClass().stream().mapToDouble(ClassDemand::requestsPerSecond).sum();
            return atPeak / a.demand().peakToAverage() * SECONDS_PER_DAY;
        }
    },
    /** Cash for chips delivered in the quarter's year. */
    CHIP_CAPEX_PER_YEAR(Unit.USD) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            return p.year(quarter.year()).capex().dollarsApprox();
        }
    },
    /** The share of installed serving FLOP/s of the vendor or kind {@code subject} ("NVIDIA", "ASIC"). */
    SERVING_SHARE(Unit.PERCENT) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            return p.quarter(quarter).shareOf(subject);
        }
    },
    /** The share of the fleet that serves inference: one less the training reserve. */
    INFERENCE_SHARE(Unit.PERCENT) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            return a.economics().valueAt(quarter).map(e -> 1 - e.trainingShare()).orElse(1 - Economics.STARTING.trainingShare());
        }
    },
    /** The serving efficiency (achieved share of peak FLOP/s) of the chip type {@code subject}. */
    SERVING_EFFICIENCY(Unit.PERCENT) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            return a.chipType(ChipTypeId.of(subject)).map(chip -> chip.servingEfficiency()).orElse(null);
        }
    },
    /** The highest quarterly utilization (peak demand over supply) of the quarter's year. */
    PEAK_UTILIZATION(Unit.PERCENT) {
        @Override
        Double of(Assumptions a, Projection p, Quarter quarter, String subject) {
            return p.year(quarter.year()).peakUtilization();
        }
    };

    private static final double SECONDS_PER_DAY = 86_400;
    private static final double SECONDS_PER_MONTH = SECONDS_PER_DAY * 365.25 / 12;

    private final Unit unit;

    Quantity(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** The model's value in {@code quarter}, or null where it has none. */
    abstract Double of(Assumptions assumptions, Projection projection, Quarter quarter, String subject);
}
