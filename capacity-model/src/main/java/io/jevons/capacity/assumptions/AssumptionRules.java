package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;
import io.jevons.capacity.unit.Percent;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.PrintableText;
import io.jevons.capacity.validation.Violations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules a set of assumptions must keep, each with a field path and a reason a planner can act on.
 * The bounds also keep every product of the projection a finite double and every money sum in a long.
 * Field paths are suppliers: they are only spelled out for a broken rule.
 */
final class AssumptionRules {

    static final double MAX_REQUESTS_PER_DAY = 1e15;
    static final double MAX_TOKENS_PER_REQUEST = 1e9;
    static final double MAX_FLOPS_PER_TOKEN = 1e16;
    static final double MAX_PEAK_FLOPS_PER_CHIP = 1e19;
    static final long MAX_ORDER_QUANTITY = 1_000_000_000L;
    static final Usd MAX_UNIT_PRICE = Usd.ofWholeDollars(1_000_000_000L);
    /** Ten trillion dollars: far above any fleet plan, far below the range of a long of cents. */
    static final Usd MAX_TOTAL_ORDERED = Usd.ofWholeDollars(10_000_000_000_000L);
    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_LABEL_LENGTH = 200;
    /** A high end a hundred times the assumption: beyond that a range says nothing a planner can use. */
    static final double MAX_RANGE_FACTOR = 100;
    /**
     * Far more workload classes and chip types than any fleet plan has: every change re-checks them, so the bound
     * keeps a long history (an import of 100,000 events) from costing a check of each against each.
     */
    static final int MAX_WORKLOAD_CLASSES = 100;
    static final int MAX_CHIP_TYPES = 200;

    private AssumptionRules() {
    }

    /** Refuses assumptions that break a rule, with every violation; answers the chip types the orders may name. */
    static Set<ChipTypeId> check(Horizon horizon, Demand demand, List<WorkloadClass> classes,
                                 Schedule<ModelMix> modelMix, Efficiency efficiency, List<ChipType> chips,
                                 List<ProcurementOrder> orders, Schedule<Economics> economics,
                                 double reboundElasticity, Uncertainty uncertainty) {
        Violations v = new Violations();
        checkDemand(v, horizon, demand);
        Map<WorkloadClassId, Quarter> firstTokens = checkClasses(v, horizon, classes);
        checkMix(v, horizon, modelMix, firstTokens);
        checkEfficiency(v, horizon, efficiency, firstTokens.keySet());
        Set<ChipTypeId> chipIds = checkChips(v, chips);
        checkOrders(v, horizon, orders, chipIds);
        checkEconomics(v, horizon, economics);
        v.between(reboundElasticity, 0, 1, () -> "reboundElasticity");
        checkRanges(v, uncertainty, firstTokens.keySet(), chipIds);
        v.throwIfAny();
        return chipIds;
    }

    private static void checkDemand(Violations v, Horizon horizon, Demand demand) {
        v.between(demand.requestsPerDay(), 0, MAX_REQUESTS_PER_DAY, () -> "demand.requestsPerDay");
        v.between(demand.peakToAverage(), 1, 100, () -> "demand.peakToAverage");
        v.between(demand.inputTokenWeight(), 0, 10, () -> "demand.inputTokenWeight");
        for (Schedule.Change<Double> growth : demand.quarterlyGrowth().changes()) {
            Supplier<String> field = () -> "demand.quarterlyGrowth[" + growth.from() + "]";
            inHorizon(v, horizon, growth.from(), field);
            double value = growth.value();
            v.check(Double.isFinite(value) && value > -1 && value <= 10, field,
                    () -> "quarterly growth must be above -1 (-100%) and at most 10 (+1000%), was " + value);
        }
    }

    /** Answers each class with the quarter from which it has a token profile. */
    private static Map<WorkloadClassId, Quarter> checkClasses(Violations v, Horizon horizon,
                                                              List<WorkloadClass> classes) {
        v.check(classes.size() <= MAX_WORKLOAD_CLASSES, () -> "workloadClasses",
                () -> "a scenario has at most " + MAX_WORKLOAD_CLASSES + " workload classes, was " + classes.size());
        Map<WorkloadClassId, Quarter> firstTokens = new HashMap<>();
        for (WorkloadClass workloadClass : classes) {
            WorkloadClassId id = workloadClass.id();
            Supplier<String> field = () -> "workloadClasses[" + id + "]";
            v.check(!firstTokens.containsKey(id), field, () -> "workload class " + id + " is defined twice");
            firstTokens.put(id, workloadClass.tokens().firstChange().orElse(horizon.last().plus(1)));
            name(v, workloadClass.name(), sub(field, ".name"));
            v.check(!workloadClass.tokens().isEmpty(), sub(field, ".tokens"), () -> "a workload class needs a token profile");
            for (Schedule.Change<TokenProfile> change : workloadClass.tokens().changes()) {
                Supplier<String> at = sub(field, ".tokens[" + change.from() + "]");
                inHorizon(v, horizon, change.from(), at);
                TokenProfile profile = change.value();
                v.between(profile.outputTokensPerRequest(), 0, MAX_TOKENS_PER_REQUEST, sub(at, ".outputTokensPerRequest"));
                v.between(profile.inputTokensPerRequest(), 0, MAX_TOKENS_PER_REQUEST, sub(at, ".inputTokensPerRequest"));
                double flops = profile.flopsPerToken();
                v.check(Double.isFinite(flops) && flops > 0 && flops <= MAX_FLOPS_PER_TOKEN, sub(at, ".flopsPerToken"),
                        () -> "must be greater than zero and at most " + MAX_FLOPS_PER_TOKEN + ", was " + flops);
            }
        }
        return firstTokens;
    }

    private static void checkMix(Violations v, Horizon horizon, Schedule<ModelMix> modelMix,
                                 Map<WorkloadClassId, Quarter> firstTokens) {
        for (Schedule.Change<ModelMix> change : modelMix.changes()) {
            Supplier<String> field = () -> "modelMix[" + change.from() + "]";
            inHorizon(v, horizon, change.from(), field);
            for (Map.Entry<WorkloadClassId, Double> share : change.value().shares().entrySet()) {
                WorkloadClassId id = share.getKey();
                double value = share.getValue();
                Supplier<String> at = sub(field, ".shares[" + id + "]");
                Quarter tokensFrom = firstTokens.get(id);
                v.check(tokensFrom != null, at, () -> "unknown workload class " + id);
                v.between(value, 0, 1, at);
                v.check(tokensFrom == null || value == 0 || !tokensFrom.isAfter(change.from()), at,
                        () -> "workload class " + id + " has a share from " + change.from()
                                + " but a token profile only from " + tokensFrom);
            }
            double total = change.value().total();
            v.check(Math.abs(total - 1) <= ModelMix.SUM_TOLERANCE, sub(field, ".shares"),
                    () -> "shares must sum to 100 %, they sum to " + Percent.of(total));
        }
    }

    private static void checkEfficiency(Violations v, Horizon horizon, Efficiency efficiency,
                                        Set<WorkloadClassId> classIds) {
        for (EfficiencyStep step : efficiency.steps()) {
            Supplier<String> field = () -> "efficiency.steps[" + step.quarter() + "/" + step.scope() + "]";
            inHorizon(v, horizon, step.quarter(), field);
            scope(v, step.scope(), classIds, sub(field, ".scope"));
            v.between(step.factor(), 1e-6, 1e6, sub(field, ".factor"));
            v.check(step.label() == null || step.label().length() <= MAX_LABEL_LENGTH
                            && PrintableText.isPrintable(step.label(), false), sub(field, ".label"),
                    () -> "a label has at most " + MAX_LABEL_LENGTH + " characters and no control characters");
        }
        for (Map.Entry<EfficiencyScope, Schedule<Double>> gains : efficiency.annualGains().entrySet()) {
            Supplier<String> field = () -> "efficiency.annualGains[" + gains.getKey() + "]";
            scope(v, gains.getKey(), classIds, field);
            for (Schedule.Change<Double> change : gains.getValue().changes()) {
                Supplier<String> at = sub(field, "[" + change.from() + "]");
                inHorizon(v, horizon, change.from(), at);
                v.between(change.value(), -0.99, 100, at);
            }
        }
    }

    private static Set<ChipTypeId> checkChips(Violations v, List<ChipType> chips) {
        v.check(chips.size() <= MAX_CHIP_TYPES, () -> "chipTypes",
                () -> "a scenario has at most " + MAX_CHIP_TYPES + " chip types, was " + chips.size());
        Set<ChipTypeId> ids = new HashSet<>();
        for (ChipType chip : chips) {
            Supplier<String> field = () -> "chipTypes[" + chip.id() + "]";
            v.check(ids.add(chip.id()), field, () -> "chip type " + chip.id() + " is defined twice");
            name(v, chip.name(), sub(field, ".name"));
            name(v, chip.vendor(), sub(field, ".vendor"));
            v.check(chip.kind() != null, sub(field, ".kind"), () -> "is required: GPU or ASIC");
            double peak = chip.peakFlopsPerSecond();
            v.check(Double.isFinite(peak) && peak > 0 && peak <= MAX_PEAK_FLOPS_PER_CHIP, sub(field, ".peakFlopsPerSecond"),
                    () -> "must be greater than zero and at most " + MAX_PEAK_FLOPS_PER_CHIP + ", was " + peak);
            v.between(chip.hbmGigabytes(), 0, 100_000, sub(field, ".hbmGigabytes"));
            v.between(chip.tdpWatts(), 0, 1_000_000, sub(field, ".tdpWatts"));
            price(v, chip.unitPrice(), sub(field, ".unitPrice"));
            v.between(chip.usefulLifeYears(), 0.25, 20, sub(field, ".usefulLifeYears"));
            double serving = chip.servingEfficiency();
            v.check(Double.isFinite(serving) && serving > 0 && serving <= 1, sub(field, ".servingEfficiency"),
                    () -> "must be above 0 and at most 1, was " + serving);
        }
        return ids;
    }

    /**
     * Orders are the list that grows with a plan, and every change checks them: a book that remembers its orders
     * keeping the rules under this horizon and these chip types is checked for its total alone (see {@link OrderBook}).
     */
    private static void checkOrders(Violations v, Horizon horizon, List<ProcurementOrder> orders,
                                    Set<ChipTypeId> chipIds) {
        double totalCents; // a double first: an order's exact cost may not fit a long when unchecked
        if (orders instanceof OrderBook book && book.keepsRulesUnder(horizon, chipIds)) {
            totalCents = book.totalCents();
        } else {
            Set<OrderId> ids = new HashSet<>(orders.size() * 2);
            totalCents = 0;
            for (ProcurementOrder order : orders) {
                if (!ids.add(order.id())) {
                    v.add(orderField(order, ""), "order " + order.id() + " is placed twice");
                }
                if (checkOrder(v, horizon, order, chipIds)) {
                    totalCents += (double) order.quantity() * order.unitPrice().cents();
                }
            }
        }
        double total = totalCents;
        v.check(total <= MAX_TOTAL_ORDERED.cents(), () -> "orders",
                () -> "all orders together cost about $" + String.format(Locale.ROOT, "%.3e", total / 100)
                        + ", more than the supported " + MAX_TOTAL_ORDERED);
    }

    /**
     * The rules of one order; answers whether its price is valid (its cost counts toward the total). The valid path
     * builds no field path, reason or lambda: it runs for every order a plan checks.
     */
    static boolean checkOrder(Violations v, Horizon horizon, ProcurementOrder order, Set<ChipTypeId> chipIds) {
        if (!chipIds.contains(order.chipType())) {
            v.add(orderField(order, ".chipType"), "unknown chip type " + order.chipType());
        }
        if (order.quantity() < 1 || order.quantity() > MAX_ORDER_QUANTITY) {
            v.add(orderField(order, ".quantity"),
                    "must be 1 to " + MAX_ORDER_QUANTITY + " chips, was " + order.quantity());
        }
        if (!horizon.contains(order.deliveryQuarter())) {
            v.add(orderField(order, ".deliveryQuarter"),
                    "delivery " + order.deliveryQuarter() + " is outside the horizon " + horizon);
        }
        if (validPrice(order.unitPrice())) {
            return true;
        }
        v.add(orderField(order, ".unitPrice"), priceReason(order.unitPrice()));
        return false;
    }

    private static String orderField(ProcurementOrder order, String child) {
        return "orders[" + order.id() + "]" + child;
    }

    private static void checkEconomics(Violations v, Horizon horizon, Schedule<Economics> economics) {
        v.check(economics.firstChange().filter(first -> !first.isAfter(horizon.first())).isPresent(),
                () -> "economics", () -> "economics need values from the first quarter " + horizon.first());
        for (Schedule.Change<Economics> change : economics.changes()) {
            Supplier<String> field = () -> "economics[" + change.from() + "]";
            inHorizon(v, horizon, change.from(), field);
            Economics values = change.value();
            v.between(values.powerPriceUsdPerKwh(), 0, 10, sub(field, ".powerPriceUsdPerKwh"));
            v.between(values.powerUsageEffectiveness(), 1, 3, sub(field, ".powerUsageEffectiveness"));
            v.between(values.trainingShare(), 0, 0.99, sub(field, ".trainingShare"));
            double availability = values.availability();
            v.check(Double.isFinite(availability) && availability > 0 && availability <= 1, sub(field, ".availability"),
                    () -> "must be above 0 and at most 1, was " + availability);
        }
    }

    /** A range brackets the assumption (low at most 1, high at least 1) and names a target that exists. */
    private static void checkRanges(Violations v, Uncertainty uncertainty, Set<WorkloadClassId> classIds,
                                    Set<ChipTypeId> chipIds) {
        Set<String> keys = new HashSet<>();
        for (AssumptionRange range : uncertainty.ranges()) {
            Supplier<String> field = () -> "uncertainty[" + range.key() + "]";
            v.check(range.parameter() != null, sub(field, ".parameter"), () -> "is required");
            if (range.parameter() == null) {
                continue;
            }
            v.check(keys.add(range.key()), field, () -> "a second range on the same assumption");
            v.check(Double.isFinite(range.low()) && range.low() > 0 && range.low() <= 1, sub(field, ".low"),
                    () -> "must be a factor above 0 and at most 1 (the assumption itself), was " + range.low());
            v.check(Double.isFinite(range.high()) && range.high() >= 1 && range.high() <= MAX_RANGE_FACTOR,
                    sub(field, ".high"), () -> "must be a factor of at least 1 (the assumption itself) and at most "
                            + MAX_RANGE_FACTOR + ", was " + range.high());
            String target = range.target();
            switch (range.parameter().target()) {
                case NONE -> v.check(target == null, sub(field, ".target"),
                        () -> range.parameter() + " applies to the whole scenario and takes no target");
                case WORKLOAD_CLASS -> v.check(target == null || classIds.stream().anyMatch(id -> id.value().equals(target)),
                        sub(field, ".target"), () -> "unknown workload class " + target);
                case CHIP_TYPE -> v.check(target == null || chipIds.stream().anyMatch(id -> id.value().equals(target)),
                        sub(field, ".target"), () -> "unknown chip type " + target);
            }
        }
    }

    private static void inHorizon(Violations v, Horizon horizon, Quarter quarter, Supplier<String> field) {
        v.check(horizon.contains(quarter), field, () -> quarter + " is outside the horizon " + horizon);
    }

    private static void scope(Violations v, EfficiencyScope scope, Set<WorkloadClassId> classIds,
                              Supplier<String> field) {
        v.check(scope.isAll() || classIds.contains(scope.workloadClass()), field,
                () -> "unknown workload class " + scope.workloadClass());
    }

    private static void name(Violations v, String name, Supplier<String> field) {
        v.check(name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH
                        && PrintableText.isPrintable(name, false), field,
                () -> "is required, at most " + MAX_NAME_LENGTH + " characters, without control characters");
    }

    private static void price(Violations v, Usd price, Supplier<String> field) {
        v.check(validPrice(price), field, () -> priceReason(price));
    }

    private static boolean validPrice(Usd price) {
        return price != null && !price.isNegative() && price.compareTo(MAX_UNIT_PRICE) <= 0;
    }

    private static String priceReason(Usd price) {
        return "must be $0 to " + MAX_UNIT_PRICE + ", was " + price;
    }

    private static Supplier<String> sub(Supplier<String> parent, String child) {
        return () -> parent.get() + child;
    }
}
