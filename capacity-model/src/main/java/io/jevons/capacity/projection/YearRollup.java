package io.jevons.capacity.projection;

import io.jevons.capacity.unit.Usd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rolls quarters up into calendar years: sums for money and tokens, averages for rates. */
final class YearRollup {

    private YearRollup() {
    }

    static List<ProjectedYear> of(List<ProjectedQuarter> quarters) {
        Map<Integer, List<ProjectedQuarter>> byYear = new LinkedHashMap<>();
        for (ProjectedQuarter quarter : quarters) {
            byYear.computeIfAbsent(quarter.quarter().year(), year -> new ArrayList<>()).add(quarter);
        }
        List<ProjectedYear> years = new ArrayList<>(byYear.size());
        byYear.forEach((year, rows) -> years.add(year(year, rows)));
        return years;
    }

    private static ProjectedYear year(int year, List<ProjectedQuarter> rows) {
        double demand = 0;
        double supply = 0;
        double power = 0;
        double served = 0;
        Double peakUtilization = null;
        Usd capex = Usd.ZERO;
        Usd depreciation = Usd.ZERO;
        Usd energy = Usd.ZERO;
        Usd inference = Usd.ZERO;
        for (ProjectedQuarter row : rows) {
            demand += row.demandFlopsPerSecond();
            supply += row.supplyFlopsPerSecond();
            power += row.powerMegawatts();
            served += row.servedTokens();
            if (row.utilization() != null && (peakUtilization == null || row.utilization() > peakUtilization)) {
                peakUtilization = row.utilization();
            }
            capex = capex.plus(row.capex());
            depreciation = depreciation.plus(row.depreciation());
            energy = energy.plus(row.energyCost());
            inference = inference.plus(row.inferenceCost());
        }
        int count = rows.size();
        ProjectedQuarter last = rows.get(count - 1);
        Double costPerMillionTokens = served > 0 ? inference.dollarsApprox() / served * 1e6 : null;
        return new ProjectedYear(year, count, demand / count, supply / count, peakUtilization, served, capex,
                depreciation, energy, inference, power / count, costPerMillionTokens, fleetOfYear(rows),
                last.vendorShares());
    }

    /** Every row lists the chip types in the same (catalog) order, so movements sum by position. */
    private static List<FleetCount> fleetOfYear(List<ProjectedQuarter> rows) {
        List<FleetCount> atEnd = rows.get(rows.size() - 1).fleet();
        long[] delivered = new long[atEnd.size()];
        long[] retired = new long[atEnd.size()];
        for (ProjectedQuarter row : rows) {
            List<FleetCount> fleet = row.fleet();
            for (int t = 0; t < delivered.length; t++) {
                delivered[t] += fleet.get(t).delivered();
                retired[t] += fleet.get(t).retired();
            }
        }
        List<FleetCount> fleet = new ArrayList<>(atEnd.size());
        for (int t = 0; t < delivered.length; t++) {
            fleet.add(new FleetCount(atEnd.get(t).chipType(), delivered[t], retired[t], atEnd.get(t).installed()));
        }
        return fleet;
    }
}
