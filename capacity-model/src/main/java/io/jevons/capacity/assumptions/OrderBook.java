package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.validation.Violations;
import org.pcollections.OrderedPMap;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The orders of a plan, the list that grows with it: immutable, in the order they were placed, each found, replaced
 * or removed by its id in O(log n), every version sharing all but the changed path with the one it came from. A book
 * also remembers under which horizon and chip types its orders were checked, so that a change of one order is
 * checked alone instead of with every other again: folding a history of n orders stays linear.
 */
final class OrderBook extends AbstractList<ProcurementOrder> {

    private static final OrderBook EMPTY = new OrderBook(OrderedPMap.empty(), 0, null);

    private final OrderedPMap<OrderId, ProcurementOrder> byId;
    /** What all orders together cost, in cents; a double, as an unchecked order's exact cost may not fit a long. */
    private final double totalCents;
    /** Every order keeps the rules of one order under this horizon and these chip types; null if unknown. */
    private final CheckedUnder checked;

    private record CheckedUnder(Horizon horizon, Set<ChipTypeId> chipTypes) {
    }

    private OrderBook(OrderedPMap<OrderId, ProcurementOrder> byId, double totalCents, CheckedUnder checked) {
        this.byId = byId;
        this.totalCents = totalCents;
        this.checked = checked;
    }

    /** The orders as a book, or as they are if two share an id (which the rules then refuse). */
    static List<ProcurementOrder> of(List<ProcurementOrder> orders) {
        if (orders instanceof OrderBook book) {
            return book;
        }
        OrderedPMap<OrderId, ProcurementOrder> byId = OrderedPMap.empty();
        double total = 0;
        for (ProcurementOrder order : orders) {
            byId = byId.plus(order.id(), order);
            total += cents(order);
        }
        return byId.size() == orders.size() ? new OrderBook(byId, total, null) : List.copyOf(orders);
    }

    static OrderBook empty() {
        return EMPTY;
    }

    Optional<ProcurementOrder> find(OrderId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Places the order, or replaces the one with its id in its place. */
    OrderBook with(ProcurementOrder order) {
        ProcurementOrder replaced = byId.get(order.id());
        double total = totalCents + cents(order) - (replaced == null ? 0 : cents(replaced));
        boolean stillChecked = checked != null && keepsRules(order, checked.horizon(), checked.chipTypes());
        return new OrderBook(byId.plus(order.id(), order), total, stillChecked ? checked : null);
    }

    OrderBook without(OrderId id) {
        ProcurementOrder removed = byId.get(id);
        return removed == null ? this : new OrderBook(byId.minus(id), totalCents - cents(removed), checked);
    }

    /** This book, remembering that every order keeps the rules under {@code horizon} and {@code chipTypes}. */
    OrderBook checkedUnder(Horizon horizon, Set<ChipTypeId> chipTypes) {
        return keepsRulesUnder(horizon, chipTypes) ? this
                : new OrderBook(byId, totalCents, new CheckedUnder(horizon, Set.copyOf(chipTypes)));
    }

    /** Whether every order is known to keep the rules under that horizon with those chip types (or more). */
    boolean keepsRulesUnder(Horizon horizon, Set<ChipTypeId> chipTypes) {
        return checked != null && checked.horizon().equals(horizon) && chipTypes.containsAll(checked.chipTypes());
    }

    double totalCents() {
        return totalCents;
    }

    private static boolean keepsRules(ProcurementOrder order, Horizon horizon, Set<ChipTypeId> chipTypes) {
        Violations violations = new Violations();
        AssumptionRules.checkOrder(violations, horizon, order, chipTypes);
        return violations.isEmpty();
    }

    private static double cents(ProcurementOrder order) {
        return order.unitPrice() == null ? 0 : (double) order.quantity() * order.unitPrice().cents();
    }

    @Override
    public Iterator<ProcurementOrder> iterator() {
        return byId.values().iterator();
    }

    /** Walks the book: orders are iterated, not indexed, by every reader of a plan. */
    @Override
    public ProcurementOrder get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        Iterator<ProcurementOrder> orders = iterator();
        for (int i = 0; i < index; i++) {
            orders.next();
        }
        return orders.next();
    }

    @Override
    public int size() {
        return byId.size();
    }
}
