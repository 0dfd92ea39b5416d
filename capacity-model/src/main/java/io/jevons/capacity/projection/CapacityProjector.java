package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure function from assumptions to a projection: demand vs supply, fleet, money and power per quarter,
 * rolled up per year. Per quarter q, class c and chip type t:
 * <pre>
 * requests/s_c  = requestsPerDay(q) x share_c(q) / 86400 x peakToAverage
 * tokens/req_c  = (output_c + input_c x inputWeight) x (efficiency_c(q) / efficiency_c(first))^rebound
 * demand FLOP/s = sum_c requests/s_c x tokens/req_c x flopsPerToken_c / efficiency_c(q)
 * supply FLOP/s = sum_t installed_t(q) x peak_t x servingEfficiency_t x availability x (1 - trainingShare)
 * served tokens = average tokens/s x seconds(q) x min(1, supply / demand)
 * </pre>
 * Money is summed in cents: capex is cash at delivery, depreciation spreads each order's cost over its
 * useful life with the remainder cents in its first quarters, so an order depreciates to exactly its cost.
 */
public final class CapacityProjector {

    private static final double SECONDS_PER_DAY = 86_400;

    private CapacityProjector() {
    }

    public static Projection project(Assumptions assumptions) {
        return new Run(assumptions).project();
    }

    private static final class Run {
        private final Assumptions a;
        private final Horizon horizon;
        private final int n;
        private final List<Quarter> quarters;
        private final List<Economics> economics;
        private final List<String> warnings = new ArrayList<>();

        Run(Assumptions assumptions) {
            this.a = assumptions;
            this.horizon = assumptions.horizon();
            this.n = horizon.quarterCount();
            this.quarters = horizon.quarters();
            this.economics = assumptions.economics().perQuarter(horizon, Economics.STARTING);
        }

        Projection project() {
            double[] requestsPerDay = requestsPerDay();
            List<ModelMix> mix = a.modelMix().perQuarter(horizon, null);
            warnAboutMissingDemandInputs(requestsPerDay, mix);
            List<WorkloadClass> classes = a.workloadClasses();
            int classCount = classes.size();
            double[][] shares = sharesPerQuarter(mix, classes);
            TokenProfile[][] profiles = new TokenProfile[classCount][];
            for (int c = 0; c < classCount; c++) {
                profiles[c] = classes.get(c).tokens().perQuarter(horizon, null).toArray(TokenProfile[]::new);
            }
            EfficiencyCurves curves = EfficiencyCurves.of(a);

            Fleet fleet = new Fleet(a, n);
            List<ChipType> chips = a.chipTypes();
            int chipCount = chips.size();
            List<String> vendors = chips.stream().map(ChipType::vendor).distinct().sorted().toList();
            int[] vendorOfChip = new int[chipCount];
            for (int t = 0; t < chipCount; t++) {
                vendorOfChip[t] = vendors.indexOf(chips.get(t).vendor());
            }

            double inputWeight = a.demand().inputTokenWeight();
            double peakToAverage = a.demand().peakToAverage();
            List<ProjectedQuarter> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Quarter quarter = quarters.get(i);
                Economics econ = economics.get(i);

                List<ClassDemand> demandByClass = new ArrayList<>(classCount);
                double demandFlops = 0;
                double tokensPerSecond = 0;
                for (int c = 0; c < classCount; c++) {
                    WorkloadClass workloadClass = classes.get(c);
                    double share = shares[i][c];
                    TokenProfile profile = profiles[c][i];
                    double requestsPerSecond = requestsPerDay[i] * share / SECONDS_PER_DAY * peakToAverage;
                    double tokensPerRequest = 0;
                    double flops = 0;
                    if (profile != null) {
                        tokensPerRequest = profile.weightedTokensPerRequest(inputWeight) * curves.rebound[c][i];
                        flops = requestsPerSecond * tokensPerRequest * profile.flopsPerToken() / curves.efficiency[c][i];
                    }
                    double classTokensPerSecond = requestsPerSecond * tokensPerRequest;
                    demandByClass.add(new ClassDemand(workloadClass.id(), requestsPerSecond, tokensPerRequest,
                            classTokensPerSecond, flops));
                    demandFlops += flops;
                    tokensPerSecond += classTokensPerSecond;
                }

                double installedServingFlops = 0;
                double powerWatts = 0;
                double[] vendorFlops = new double[vendors.size()];
                double asicFlops = 0;
                List<FleetCount> fleetNow = new ArrayList<>(chipCount);
                for (int t = 0; t < chipCount; t++) {
                    ChipType chip = chips.get(t);
                    long installed = fleet.installed[t][i];
                    double flops = installed * chip.servingFlopsPerSecond();
                    installedServingFlops += flops;
                    vendorFlops[vendorOfChip[t]] += flops;
                    if (chip.kind() == ChipKind.ASIC) {
                        asicFlops += flops;
                    }
                    powerWatts += installed * chip.tdpWatts();
                    fleetNow.add(new FleetCount(chip.id(), fleet.delivered[t][i], fleet.retired[t][i], installed));
                }
                powerWatts *= econ.powerUsageEffectiveness();
                double servingShare = econ.availability() * (1 - econ.trainingShare());
                double supplyFlops = installedServingFlops * servingShare;

                long seconds = quarter.seconds();
                double servedFraction = demandFlops > supplyFlops ? supplyFlops / demandFlops : 1;
                double servedTokens = tokensPerSecond / peakToAverage * seconds * servedFraction;
                Usd energyCost = Usd.ofDollars(powerWatts / 1000 * seconds / 3600 * econ.powerPriceUsdPerKwh());
                Usd depreciation = Usd.ofCents(fleet.depreciationCents[i]);
                Usd inferenceCost = Usd.ofDollars(depreciation.plus(energyCost).dollarsApprox() * (1 - econ.trainingShare()));
                Double costPerMillionTokens = servedTokens > 0
                        ? inferenceCost.dollarsApprox() / servedTokens * 1e6 : null;

                rows.add(new ProjectedQuarter(quarter, demandByClass, finite(demandFlops, quarter, "demand"), fleetNow,
                        finite(supplyFlops, quarter, "supply"), supplyFlops > 0 ? demandFlops / supplyFlops : null,
                        Math.max(0, demandFlops - supplyFlops), finite(servedTokens, quarter, "served tokens"),
                        Usd.ofCents(fleet.capexCents[i]), depreciation, energyCost, inferenceCost, powerWatts / 1e6,
                        costPerMillionTokens, shares(vendors, vendorFlops, installedServingFlops),
                        kindShares(asicFlops, installedServingFlops)));
            }
            return new Projection(EngineVersion.CURRENT, horizon, rows, YearRollup.of(rows), warnings);
        }

        /** Shares per quarter and class; quarters under the same mix share one array. */
        private static double[][] sharesPerQuarter(List<ModelMix> mix, List<WorkloadClass> classes) {
            double[][] shares = new double[mix.size()][];
            Map<ModelMix, double[]> resolved = new IdentityHashMap<>();
            double[] none = new double[classes.size()];
            for (int i = 0; i < shares.length; i++) {
                ModelMix mixNow = mix.get(i);
                shares[i] = mixNow == null ? none : resolved.computeIfAbsent(mixNow, m -> {
                    double[] byClass = new double[classes.size()];
                    for (int c = 0; c < byClass.length; c++) {
                        byClass[c] = m.shareOf(classes.get(c).id());
                    }
                    return byClass;
                });
            }
            return shares;
        }

        private double[] requestsPerDay() {
            List<Double> growth = a.demand().quarterlyGrowth().perQuarter(horizon, 0.0);
            double[] values = new double[n];
            values[0] = a.demand().requestsPerDay();
            for (int i = 1; i < n; i++) {
                values[i] = values[i - 1] * (1 + growth.get(i));
            }
            return values;
        }

        private void warnAboutMissingDemandInputs(double[] requestsPerDay, List<ModelMix> mix) {
            if (a.workloadClasses().isEmpty()) {
                warnings.add("no workload classes: demand is zero");
            } else if (mix.get(0) == null) {
                Quarter firstMix = a.modelMix().firstChange().orElse(null);
                warnings.add(firstMix == null ? "no model mix: demand is zero"
                        : "no model mix before " + firstMix + ": demand is zero until then");
            }
            if (requestsPerDay[0] == 0) {
                warnings.add("no requests per day: demand is zero");
            }
            if (a.chipTypes().isEmpty() || a.orders().isEmpty()) {
                warnings.add("no procurement orders: supply is zero");
            }
        }

        private static List<Share> shares(List<String> names, double[] flops, double total) {
            if (total <= 0) {
                return List.of();
            }
            List<Share> shares = new ArrayList<>(names.size());
            for (int v = 0; v < names.size(); v++) {
                shares.add(new Share(names.get(v), flops[v] / total));
            }
            return shares;
        }

        private static List<Share> kindShares(double asicFlops, double total) {
            if (total <= 0) {
                return List.of();
            }
            return List.of(new Share(ChipKind.GPU.name(), (total - asicFlops) / total),
                    new Share(ChipKind.ASIC.name(), asicFlops / total));
        }

        private static double finite(double value, Quarter quarter, String what) {
            if (!Double.isFinite(value)) {
                throw new IllegalStateException(what + " in " + quarter + " is not finite: the assumption bounds failed");
            }
            return value;
        }
    }

    /** Chips delivered, installed and retired per type and quarter, and the money that goes with them. */
    private static final class Fleet {
        final long[][] delivered;
        final long[][] retired;
        final long[][] installed;
        final long[] capexCents;
        final long[] depreciationCents;

        Fleet(Assumptions a, int n) {
            List<ChipType> chips = a.chipTypes();
            Map<ChipTypeId, Integer> chipIndex = new HashMap<>();
            for (int t = 0; t < chips.size(); t++) {
                chipIndex.put(chips.get(t).id(), t);
            }
            delivered = new long[chips.size()][n];
            retired = new long[chips.size()][n];
            installed = new long[chips.size()][n];
            capexCents = new long[n];
            long[] baseDiff = new long[n + 1];
            long[] extraCentDiff = new long[n + 1];
            Horizon horizon = a.horizon();
            for (ProcurementOrder order : a.orders()) {
                int t = chipIndex.get(order.chipType());
                int d = horizon.indexOf(order.deliveryQuarter());
                delivered[t][d] += order.quantity();
                long cost = order.cost().cents();
                capexCents[d] += cost;
                int life = chips.get(t).usefulLifeQuarters();
                long base = cost / life;
                long remainder = cost % life;
                baseDiff[d] += base;
                baseDiff[Math.min(d + life, n)] -= base;
                extraCentDiff[d] += 1;
                extraCentDiff[(int) Math.min(d + remainder, n)] -= 1;
            }
            depreciationCents = new long[n];
            long base = 0;
            long extra = 0;
            for (int i = 0; i < n; i++) {
                base += baseDiff[i];
                extra += extraCentDiff[i];
                depreciationCents[i] = base + extra;
            }
            for (int t = 0; t < chips.size(); t++) {
                int life = chips.get(t).usefulLifeQuarters();
                long running = 0;
                for (int i = 0; i < n; i++) {
                    retired[t][i] = i >= life ? delivered[t][i - life] : 0;
                    running += delivered[t][i] - retired[t][i];
                    installed[t][i] = running;
                }
            }
        }
    }
}
