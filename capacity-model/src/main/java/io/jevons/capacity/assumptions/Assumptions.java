package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;
import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Everything a scenario assumes. Always valid: the constructor checks every rule of {@link AssumptionRules}
 * and refuses the whole set with all violations, so a {@code with…} change that breaks a rule never
 * yields an instance. Immutable; each {@code with…} answers a new set.
 *
 * @param reboundElasticity Jevons rebound ε: tokens per request grow with efficiency^ε (0 = none, 1 = full)
 * @param uncertainty       ranges on the assumptions above, for Monte Carlo and sensitivity; the projection itself
 *                          uses the assumptions as they are (absent in states stored before ranges existed)
 */
public record Assumptions(Horizon horizon, Demand demand, List<WorkloadClass> workloadClasses,
                          Schedule<ModelMix> modelMix, Efficiency efficiency, List<ChipType> chipTypes,
                          List<ProcurementOrder> orders, Schedule<Economics> economics,
                          double reboundElasticity, Uncertainty uncertainty) {

    public Assumptions {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(modelMix, "modelMix");
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(economics, "economics");
        workloadClasses = List.copyOf(workloadClasses);
        chipTypes = List.copyOf(chipTypes);
        orders = OrderBook.of(orders);
        uncertainty = uncertainty == null ? Uncertainty.NONE : uncertainty;
        Set<ChipTypeId> chipIds = AssumptionRules.check(horizon, demand, workloadClasses, modelMix, efficiency,
                chipTypes, orders, economics, reboundElasticity, uncertainty);
        orders = ((OrderBook) orders).checkedUnder(horizon, chipIds);
    }

    /** A new scenario: no demand, no classes, no chips; starting economics; no rebound. */
    public static Assumptions empty(Horizon horizon) {
        return new Assumptions(horizon, Demand.NONE, List.of(), Schedule.empty(), Efficiency.NONE, List.of(),
                OrderBook.empty(), Schedule.of(horizon.first(), Economics.STARTING), 0.0, Uncertainty.NONE);
    }

    public Assumptions withDemand(Demand newDemand) {
        return new Assumptions(horizon, newDemand, workloadClasses, modelMix, efficiency, chipTypes, orders,
                economics, reboundElasticity, uncertainty);
    }

    /** Defines a workload class, or replaces the one with the same id. */
    public Assumptions withWorkloadClass(WorkloadClass workloadClass) {
        return withWorkloadClasses(replacing(workloadClasses, workloadClass,
                existing -> existing.id().equals(workloadClass.id())));
    }

    public Assumptions withTokensFrom(WorkloadClassId id, Quarter from, TokenProfile profile) {
        WorkloadClass existing = workloadClass(id).orElseThrow(() -> unknown("workloadClasses[" + id + "]",
                "no workload class " + id));
        return withWorkloadClass(existing.withTokensFrom(from, profile));
    }

    public Assumptions withModelMixFrom(Quarter from, ModelMix mix) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix.with(from, mix), efficiency, chipTypes,
                orders, economics, reboundElasticity, uncertainty);
    }

    public Assumptions withEfficiency(Efficiency newEfficiency) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, newEfficiency, chipTypes, orders,
                economics, reboundElasticity, uncertainty);
    }

    /** Defines a chip type, or replaces the specs of the one with the same id. */
    public Assumptions withChipType(ChipType chipType) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency,
                replacing(chipTypes, chipType, existing -> existing.id().equals(chipType.id())), orders,
                economics, reboundElasticity, uncertainty);
    }

    /** Places an order, or replaces the one with the same id. */
    public Assumptions withOrder(ProcurementOrder order) {
        return withOrders(book().with(order));
    }

    public Assumptions withOrderChanged(OrderId id, UnaryOperator<ProcurementOrder> change) {
        ProcurementOrder existing = order(id).orElseThrow(() -> unknown("orders[" + id + "]", "no order " + id));
        return withOrder(change.apply(existing));
    }

    public Assumptions withoutOrder(OrderId id) {
        if (order(id).isEmpty()) {
            throw unknown("orders[" + id + "]", "no order " + id);
        }
        return withOrders(book().without(id));
    }

    public Assumptions withEconomicsFrom(Quarter from, Economics values) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency, chipTypes, orders,
                economics.with(from, values), reboundElasticity, uncertainty);
    }

    public Assumptions withReboundElasticity(double elasticity) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency, chipTypes, orders,
                economics, elasticity, uncertainty);
    }

    public Assumptions withUncertainty(Uncertainty ranges) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency, chipTypes, orders, economics,
                reboundElasticity, ranges);
    }

    public Assumptions withEconomics(Schedule<Economics> schedule) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency, chipTypes, orders, schedule,
                reboundElasticity, uncertainty);
    }

    /** Every workload class changed at once: one check of the rules instead of one per class. */
    public Assumptions withWorkloadClassesMapped(UnaryOperator<WorkloadClass> change) {
        return withWorkloadClasses(workloadClasses.stream().map(change).toList());
    }

    public Assumptions withChipTypesMapped(UnaryOperator<ChipType> change) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency,
                chipTypes.stream().map(change).toList(), orders, economics, reboundElasticity, uncertainty);
    }

    public Assumptions withOrdersMapped(UnaryOperator<ProcurementOrder> change) {
        return withOrders(orders.stream().map(change).toList());
    }

    public Optional<WorkloadClass> workloadClass(WorkloadClassId id) {
        return workloadClasses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ChipType> chipType(ChipTypeId id) {
        return chipTypes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ProcurementOrder> order(OrderId id) {
        return book().find(id);
    }

    /** The orders are a book once the constructor has checked them: it refuses orders that share an id. */
    private OrderBook book() {
        return (OrderBook) orders;
    }

    private Assumptions withWorkloadClasses(List<WorkloadClass> classes) {
        return new Assumptions(horizon, demand, classes, modelMix, efficiency, chipTypes, orders, economics,
                reboundElasticity, uncertainty);
    }

    private Assumptions withOrders(List<ProcurementOrder> newOrders) {
        return new Assumptions(horizon, demand, workloadClasses, modelMix, efficiency, chipTypes, newOrders,
                economics, reboundElasticity, uncertainty);
    }

    private static <T> List<T> replacing(List<T> items, T replacement, Predicate<T> same) {
        List<T> next = new ArrayList<>(items.size() + 1);
        boolean replaced = false;
        for (T item : items) {
            if (same.test(item)) {
                next.add(replacement);
                replaced = true;
            } else {
                next.add(item);
            }
        }
        if (!replaced) {
            next.add(replacement);
        }
        return next;
    }

    private static InvalidAssumptionsException unknown(String field, String reason) {
        return InvalidAssumptionsException.of(field, reason);
    }
}
