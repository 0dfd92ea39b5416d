package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Schedule;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per workload class and quarter: the efficiency (steps in force times annual rates compounded quarterly
 * since the first quarter) and the Jevons rebound factor (efficiency / efficiency in the first quarter)^ε.
 * Both are running products of per-quarter gains, so every power is taken once per distinct gain.
 */
final class EfficiencyCurves {

    final double[][] efficiency;
    final double[][] rebound;

    private EfficiencyCurves(double[][] efficiency, double[][] rebound) {
        this.efficiency = efficiency;
        this.rebound = rebound;
    }

    static EfficiencyCurves of(Assumptions a) {
        Horizon horizon = a.horizon();
        int n = horizon.quarterCount();
        double epsilon = a.reboundElasticity();
        Map<EfficiencyScope, Gains> byScope = new HashMap<>();
        for (EfficiencyStep step : a.efficiency().steps()) {
            byScope.computeIfAbsent(step.scope(), s -> new Gains(n))
                    .multiply(horizon.indexOf(step.quarter()), step.factor(), epsilon);
        }
        for (Map.Entry<EfficiencyScope, Schedule<Double>> rates : a.efficiency().annualGains().entrySet()) {
            Gains gains = byScope.computeIfAbsent(rates.getKey(), s -> new Gains(n));
            List<Double> perQuarter = rates.getValue().perQuarter(horizon, 0.0);
            double lastRate = 0;
            double quarterly = 1;
            double quarterlyToEpsilon = 1;
            for (int i = 1; i < n; i++) {
                double rate = perQuarter.get(i);
                if (rate != lastRate) {
                    lastRate = rate;
                    quarterly = Math.pow(1 + rate, 0.25);
                    quarterlyToEpsilon = Math.pow(quarterly, epsilon);
                }
                gains.gain[i] *= quarterly;
                gains.gainToEpsilon[i] *= quarterlyToEpsilon;
            }
        }
        List<WorkloadClass> classes = a.workloadClasses();
        double[][] efficiency = new double[classes.size()][n];
        double[][] rebound = new double[classes.size()][n];
        Gains all = byScope.get(EfficiencyScope.ALL);
        for (int c = 0; c < classes.size(); c++) {
            Gains own = byScope.get(EfficiencyScope.of(classes.get(c).id()));
            double runningEfficiency = 1;
            double runningRebound = 1;
            for (int i = 0; i < n; i++) {
                runningEfficiency *= gain(all, i) * gain(own, i);
                if (i > 0) {
                    runningRebound *= gainToEpsilon(all, i) * gainToEpsilon(own, i);
                }
                efficiency[c][i] = runningEfficiency;
                rebound[c][i] = runningRebound;
            }
        }
        return new EfficiencyCurves(efficiency, rebound);
    }

    private static double gain(Gains gains, int i) {
        return gains == null ? 1 : gains.gain[i];
    }

    private static double gainToEpsilon(Gains gains, int i) {
        return gains == null ? 1 : gains.gainToEpsilon[i];
    }

    /** The efficiency gained in each quarter over the one before, and that gain to the power ε. */
    private static final class Gains {
        final double[] gain;
        final double[] gainToEpsilon;

        Gains(int n) {
            gain = new double[n];
            gainToEpsilon = new double[n];
            Arrays.fill(gain, 1);
            Arrays.fill(gainToEpsilon, 1);
        }

        void multiply(int quarter, double factor, double epsilon) {
            gain[quarter] *= factor;
            gainToEpsilon[quarter] *= Math.pow(factor, epsilon);
        }
    }
}
