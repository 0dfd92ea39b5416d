package io.jevons.capacity.assumptions;

/** A procurement order, chosen by the planner or generated. */
public record OrderId(String value) implements Comparable<OrderId> {

    public OrderId {
        Key.require(value, "order id");
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
