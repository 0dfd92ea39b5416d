package io.jevons.capacity.attribution;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Why did a metric move? Splits its change across an ordered list of assumption changes, either as a
 * sequential waterfall (each change's effect given the ones before it) or as Shapley values (each
 * change's effect averaged over every order, independent of the order the planners happened to use).
 */
public final class Attributions {

    public static final int MAX_SHAPLEY_CHANGES = 12;
    private static final MathContext SHARE_PRECISION = MathContext.DECIMAL128;

    private Attributions() {
    }

    /** Applies the changes one after the other; bar i is the metric after change i minus before it. */
    public static Attribution sequential(Assumptions base, List<LabelledChange> changes, Metric metric) {
        BigDecimal before = valueOf(base, metric);
        BigDecimal current = before;
        Assumptions assumptions = base;
        List<Contribution> contributions = new ArrayList<>(changes.size());
        for (LabelledChange change : changes) {
            Assumptions next = applyOrNull(change, assumptions);
            if (next == null) {
                contributions.add(new Contribution(change.label(), BigDecimal.ZERO, false));
                continue;
            }
            BigDecimal value = valueOf(next, metric);
            contributions.add(new Contribution(change.label(), value.subtract(current), true));
            current = value;
            assumptions = next;
        }
        return new Attribution(metric, Attribution.Method.SEQUENTIAL, before, current, contributions);
    }

    /**
     * Shapley values over all 2^n subsets of the changes (n at most {@value #MAX_SHAPLEY_CHANGES}); a subset
     * applies its changes in their original order, skipping one that cannot be made without an excluded change.
     * Each value is exact to 34 significant digits; the rounding residual goes to the largest share, so the
     * shares sum exactly to the total change.
     */
    public static Attribution shapley(Assumptions base, List<LabelledChange> changes, Metric metric) {
        int n = changes.size();
        if (n > MAX_SHAPLEY_CHANGES) {
            throw InvalidAssumptionsException.of("changes", "Shapley attribution takes at most " + MAX_SHAPLEY_CHANGES
                    + " changes (2^n projections), got " + n + "; use the sequential waterfall");
        }
        BigDecimal[] value = subsetValues(base, changes, metric);
        long[] weight = new long[n]; // |S|! (n - 1 - |S|)! for |S| = 0 .. n-1
        for (int size = 0; size < n; size++) {
            weight[size] = factorial(size) * factorial(n - 1 - size);
        }
        BigDecimal nFactorial = BigDecimal.valueOf(factorial(n));
        BigDecimal[] shares = new BigDecimal[n];
        int full = (1 << n) - 1;
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            BigDecimal weighted = BigDecimal.ZERO;
            for (int subset = 0; subset <= full; subset++) {
                if ((subset & bit) == 0) {
                    BigDecimal marginal = value[subset | bit].subtract(value[subset]);
                    weighted = weighted.add(marginal.multiply(BigDecimal.valueOf(weight[Integer.bitCount(subset)])));
                }
            }
            shares[i] = weighted.divide(nFactorial, SHARE_PRECISION);
        }
        BigDecimal total = value[full].subtract(value[0]);
        assignResidual(shares, total);
        List<Contribution> contributions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            contributions.add(new Contribution(changes.get(i).label(), shares[i], true));
        }
        return new Attribution(metric, Attribution.Method.SHAPLEY, value[0], value[full], contributions);
    }

    /**
     * The metric for every subset. A subset's assumptions are those of the subset without its highest
     * change, with that change applied: changes apply in their original order, so each needs one step.
     */
    private static BigDecimal[] subsetValues(Assumptions base, List<LabelledChange> changes, Metric metric) {
        int count = 1 << changes.size();
        Assumptions[] assumptions = new Assumptions[count];
        BigDecimal[] values = new BigDecimal[count];
        assumptions[0] = base;
        values[0] = valueOf(base, metric);
        for (int subset = 1; subset < count; subset++) {
            int highest = 31 - Integer.numberOfLeadingZeros(subset);
            int without = subset & ~(1 << highest);
            Assumptions applied = applyOrNull(changes.get(highest), assumptions[without]);
            if (applied == null) {
                assumptions[subset] = assumptions[without];
                values[subset] = values[without];
            } else {
                assumptions[subset] = applied;
                values[subset] = valueOf(applied, metric);
            }
        }
        return values;
    }

    private static void assignResidual(BigDecimal[] shares, BigDecimal total) {
        if (shares.length == 0) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < shares.length; i++) {
            sum = sum.add(shares[i]);
            if (shares[i].abs().compareTo(shares[largest].abs()) > 0) {
                largest = i;
            }
        }
        shares[largest] = shares[largest].add(total.subtract(sum));
    }

    private static Assumptions applyOrNull(LabelledChange change, Assumptions assumptions) {
        try {
            return change.change().applyTo(assumptions);
        } catch (InvalidAssumptionsException notApplicable) {
            return null;
        }
    }

    private static BigDecimal valueOf(Assumptions assumptions, Metric metric) {
        return metric.valueIn(CapacityProjector.project(assumptions));
    }

    private static long factorial(int n) {
        long result = 1;
        for (int k = 2; k <= n; k++) {
            result *= k;
        }
        return result;
    }
}
