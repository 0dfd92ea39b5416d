package io.jevons.planning.api.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the capacity model's value types look in JSON (events and the HTTP API) without JSON annotations in
 * the framework-free model: a quarter as "2025Q1", ids as plain strings, money as a decimal number of dollars.
 * Jackson 2 (Axon) and Jackson 3 (Spring web) share these annotations.
 */
final class ValueMixins {

    /** Value type -> its mix-in. */
    static final Map<Class<?>, Class<?>> ALL = Map.of(
            Quarter.class, QuarterMixin.class,
            WorkloadClassId.class, WorkloadClassIdMixin.class,
            ChipTypeId.class, ChipTypeIdMixin.class,
            OrderId.class, OrderIdMixin.class,
            EfficiencyScope.class, EfficiencyScopeMixin.class,
            Usd.class, UsdMixin.class);

    private ValueMixins() {
    }

    abstract static class QuarterMixin {
        @JsonCreator
        static Quarter parse(String text) {
            return Quarter.parse(text);
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    abstract static class WorkloadClassIdMixin {
        @JsonCreator
        WorkloadClassIdMixin(String value) {
        }

        @JsonValue
        abstract String value();
    }

    abstract static class ChipTypeIdMixin {
        @JsonCreator
        ChipTypeIdMixin(String value) {
        }

        @JsonValue
        abstract String value();
    }

    abstract static class OrderIdMixin {
        @JsonCreator
        OrderIdMixin(String value) {
        }

        @JsonValue
        abstract String value();
    }

    abstract static class EfficiencyScopeMixin {
        @JsonCreator
        static EfficiencyScope parse(String text) {
            return EfficiencyScope.parse(text);
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    abstract static class UsdMixin {
        @JsonCreator
        static Usd ofDollars(BigDecimal dollars) {
            return Usd.ofDollars(dollars);
        }

        @JsonValue
        abstract BigDecimal dollars();
    }
}
