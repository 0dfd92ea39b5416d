package io.jevons.projection.projection;

import io.jevons.capacity.projection.ClassDemand;
import io.jevons.capacity.projection.FleetCount;
import io.jevons.capacity.projection.ProjectedQuarter;
import io.jevons.capacity.projection.ProjectedYear;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.projection.Share;
import io.jevons.projection.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A projection as flat tables (quarters, years) with a unit in every column name, for CSV and spreadsheets. */
public final class ProjectionTables {

    private ProjectionTables() {
    }

    public static Table quarters(Projection projection) {
        List<ProjectedQuarter> quarters = projection.quarters();
        Set<String> classes = new LinkedHashSet<>();
        Set<String> chips = new LinkedHashSet<>();
        Set<String> vendors = new LinkedHashSet<>();
        for (ProjectedQuarter q : quarters) {
            q.demandByClass().forEach(d -> classes.add(d.workloadClass().value()));
            q.fleet().forEach(f -> chips.add(f.chipType().value()));
            q.vendorShares().forEach(s -> vendors.add(s.name()));
        }
        List<String> header = new ArrayList<>(List.of("quarter", "demand_flops_per_second", "supply_flops_per_second",
                "utilization", "shortfall_flops_per_second", "served_tokens", "capex_usd", "depreciation_usd",
                "energy_cost_usd", "inference_cost_usd", "power_megawatts", "cost_per_million_tokens_usd", "gpu_share",
                "asic_share"));
        classes.forEach(c -> header.add("requests_per_second_" + c));
        classes.forEach(c -> header.add("tokens_per_second_" + c));
        classes.forEach(c -> header.add("demand_flops_per_second_" + c));
        chips.forEach(c -> header.add("installed_chips_" + c));
        vendors.forEach(v -> header.add("share_" + v));
        Table table = Table.of(header);
        for (ProjectedQuarter q : quarters) {
            List<Object> row = new ArrayList<>(List.of(q.quarter(), q.demandFlopsPerSecond(), q.supplyFlopsPerSecond(),
                    orEmpty(q.utilization()), q.shortfallFlopsPerSecond(), q.servedTokens(), q.capex().dollars(),
                    q.depreciation().dollars(), q.energyCost().dollars(), q.inferenceCost().dollars(), q.powerMegawatts(),
                    orEmpty(q.costPerMillionTokensUsd()), share(q.kindShares(), "GPU"), share(q.kindShares(), "ASIC")));
            classes.forEach(c -> row.add(demand(q, c).requestsPerSecond()));
            classes.forEach(c -> row.add(demand(q, c).tokensPerSecond()));
            classes.forEach(c -> row.add(demand(q, c).demandFlopsPerSecond()));
            chips.forEach(c -> row.add(q.fleet().stream().filter(f -> f.chipType().value().equals(c))
                    .mapToLong(FleetCount::installed).sum()));
            vendors.forEach(v -> row.add(share(q.vendorShares(), v)));
            table = table.withRow(row);
        }
        return table;
    }

    public static Table years(Projection projection) {
        Table table = Table.of(List.of("year", "quarters", "average_demand_flops_per_second", "average_supply_flops_per_second",
                "peak_utilization", "served_tokens", "capex_usd", "depreciation_usd", "energy_cost_usd",
                "inference_cost_usd", "total_cost_usd", "average_power_megawatts", "cost_per_million_tokens_usd",
                "installed_chips_at_year_end"));
        for (ProjectedYear y : projection.years()) {
            table = table.withRow(List.of(y.year(), y.quarters(), y.averageDemandFlopsPerSecond(), y.averageSupplyFlopsPerSecond(),
                    orEmpty(y.peakUtilization()), y.servedTokens(), y.capex().dollars(), y.depreciation().dollars(),
                    y.energyCost().dollars(), y.inferenceCost().dollars(), y.totalCost().dollars(), y.averagePowerMegawatts(),
                    orEmpty(y.costPerMillionTokensUsd()), y.fleet().stream().mapToLong(FleetCount::installed).sum()));
        }
        return table;
    }

    private static ClassDemand demand(ProjectedQuarter quarter, String workloadClass) {
        return quarter.demandByClass().stream().filter(d -> d.workloadClass().value().equals(workloadClass)).findFirst()
                .orElse(new ClassDemand(null, 0, 0, 0, 0));
    }

    private static Object share(List<Share> shares, String name) {
        return shares.stream().filter(s -> s.name().equals(name)).map(s -> (Object) s.share()).findFirst().orElse("");
    }

    private static Object orEmpty(Double value) {
        return value == null ? "" : value;
    }
}
