package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.AssumptionViolation;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every refusal names the field and the rule, so that a planner can fix it. */
class AssumptionRulesTest {

    static final Quarter START = Quarter.of(2025, 1);
    static final WorkloadClassId CHAT = WorkloadClassId.of("chat");
    static final WorkloadClassId AGENT = WorkloadClassId.of("agent");
    static final ChipTypeId H100 = ChipTypeId.of("h100");
    static final ChipType H100_SPEC = new ChipType(H100, "H100 SXM", "NVIDIA", ChipKind.GPU, 1.979e15, 80, 700,
            Usd.ofWholeDollars(30_000), 5, 0.2);

    static final Assumptions VALID = Assumptions.empty(new Horizon(START, Quarter.of(2026, 4)))
            .withWorkloadClass(WorkloadClass.of(CHAT, "Chat", START, new TokenProfile(500, 1500, 2e11)))
            .withModelMixFrom(START, new ModelMix(Map.of(CHAT, 1.0)))
            .withChipType(H100_SPEC);

    @Test
    void refusesNegativeQuantities() {
        assertRefused(() -> VALID.withOrder(order("o1", H100, -5, START)),
                "orders[o1].quantity", "must be 1 to 1000000000 chips, was -5");
        assertRefused(() -> VALID.withDemand(Demand.NONE.withRequestsPerDay(-1)),
                "demand.requestsPerDay", "must be between 0.0 and 1.0E15, was -1.0");
        assertRefused(() -> VALID.withTokensFrom(CHAT, START, new TokenProfile(-10, 0, 1e9)),
                "workloadClasses[chat].tokens[2025Q1].outputTokensPerRequest", "must be between 0.0 and 1.0E9, was -10.0");
    }

    @Test
    void refusesSharesThatDoNotSumToOne() {
        assertRefused(() -> VALID.withModelMixFrom(START, new ModelMix(Map.of(CHAT, 0.7))),
                "modelMix[2025Q1].shares", "shares must sum to 100 %, they sum to 70 %");
    }

    @Test
    void refusesAShareOfAnUnknownClassOrOfAClassWithoutTokensYet() {
        assertRefused(() -> VALID.withModelMixFrom(START, new ModelMix(Map.of(CHAT, 0.5, AGENT, 0.5))),
                "modelMix[2025Q1].shares[agent]", "unknown workload class agent");
        Assumptions withLateAgent = VALID.withWorkloadClass(
                WorkloadClass.of(AGENT, "Agent", Quarter.of(2025, 3), new TokenProfile(1, 1, 1e9)));
        assertRefused(() -> withLateAgent.withModelMixFrom(START, new ModelMix(Map.of(CHAT, 0.5, AGENT, 0.5))),
                "modelMix[2025Q1].shares[agent]", "workload class agent has a share from 2025Q1 but a token profile only from 2025Q3");
    }

    @Test
    void refusesADeliveryOutsideTheHorizon() {
        assertRefused(() -> VALID.withOrder(order("late", H100, 10, Quarter.of(2027, 1))),
                "orders[late].deliveryQuarter", "delivery 2027Q1 is outside the horizon 2025Q1..2026Q4");
        assertRefused(() -> VALID.withOrder(order("early", H100, 10, Quarter.of(2024, 4))),
                "orders[early].deliveryQuarter", "delivery 2024Q4 is outside the horizon 2025Q1..2026Q4");
    }

    @Test
    void refusesAnOrderOfAnUnknownChipType() {
        assertRefused(() -> VALID.withOrder(order("o1", ChipTypeId.of("b300"), 10, START)),
                "orders[o1].chipType", "unknown chip type b300");
    }

    @Test
    void refusesChangesToOrdersThatDoNotExist() {
        assertRefused(() -> VALID.withoutOrder(OrderId.of("ghost")), "orders[ghost]", "no order ghost");
        assertRefused(() -> VALID.withOrderChanged(OrderId.of("ghost"), o -> o.withQuantity(1)),
                "orders[ghost]", "no order ghost");
    }

    @Test
    void refusesImpossibleChipsAndEconomics() {
        assertRefused(() -> VALID.withChipType(new ChipType(H100, "H100", "NVIDIA", ChipKind.GPU, 1.979e15, 80, 700,
                        Usd.ofWholeDollars(30_000), 5, 1.5)),
                "chipTypes[h100].servingEfficiency", "must be above 0 and at most 1, was 1.5");
        assertRefused(() -> VALID.withEconomicsFrom(START, new Economics(0.08, 0.9, 0.18, 0.95)),
                "economics[2025Q1].powerUsageEffectiveness", "must be between 1.0 and 3.0, was 0.9");
        assertRefused(() -> VALID.withEconomicsFrom(START, new Economics(0.08, 1.2, 1.0, 0.95)),
                "economics[2025Q1].trainingShare", "must be between 0.0 and 0.99, was 1.0");
    }

    @Test
    void refusesNamesAndLabelsWithControlCharacters() {
        assertRefused(() -> VALID.withChipType(new ChipType(H100, "H100", "NVIDIA\u0000", ChipKind.GPU, 1.979e15, 80,
                        700, Usd.ofWholeDollars(30_000), 5, 0.2)),
                "chipTypes[h100].vendor", "is required, at most 120 characters, without control characters");
        assertRefused(() -> VALID.withWorkloadClass(WorkloadClass.of(CHAT, "Chat\nbot", START,
                        new TokenProfile(500, 1500, 2e11))),
                "workloadClasses[chat].name", "is required, at most 120 characters, without control characters");
        assertRefused(() -> VALID.withEfficiency(Efficiency.NONE.withStep(new EfficiencyStep(START, EfficiencyScope.ALL,
                        10, "DeepSeek\u001b[31m"))),
                "efficiency.steps[2025Q1/all].label", "a label has at most 200 characters and no control characters");
    }

    @Test
    void refusesMoreWorkloadClassesAndChipTypesThanAnyPlanHas() {
        Assumptions crowded = VALID;
        for (int i = 0; i < AssumptionRules.MAX_CHIP_TYPES - 1; i++) {
            crowded = crowded.withChipType(new ChipType(ChipTypeId.of("c" + i), "C", "V", ChipKind.GPU, 1e15, 80, 700,
                    Usd.ofWholeDollars(1), 5, 0.2));
        }
        Assumptions full = crowded;
        assertRefused(() -> full.withChipType(new ChipType(ChipTypeId.of("one-more"), "C", "V", ChipKind.GPU, 1e15, 80,
                700, Usd.ofWholeDollars(1), 5, 0.2)), "chipTypes", "a scenario has at most 200 chip types, was 201");
        Assumptions classes = VALID;
        for (int i = 0; i < AssumptionRules.MAX_WORKLOAD_CLASSES - 1; i++) {
            classes = classes.withWorkloadClass(WorkloadClass.of(WorkloadClassId.of("w" + i), "W", START,
                    new TokenProfile(1, 1, 1e9)));
        }
        Assumptions allClasses = classes;
        assertRefused(() -> allClasses.withWorkloadClass(WorkloadClass.of(WorkloadClassId.of("one-more"), "W", START,
                new TokenProfile(1, 1, 1e9))), "workloadClasses", "a scenario has at most 100 workload classes, was 101");
    }

    @Test
    void refusesNotANumberAndInfinity() {
        assertRefused(() -> VALID.withDemand(Demand.NONE.withRequestsPerDay(Double.NaN)),
                "demand.requestsPerDay", "must be between 0.0 and 1.0E15, was NaN");
        assertRefused(() -> VALID.withReboundElasticity(Double.POSITIVE_INFINITY),
                "reboundElasticity", "must be between 0.0 and 1.0, was Infinity");
    }

    @Test
    void refusesAFleetWhoseCostWouldNotFitExactArithmetic() {
        assertRefused(() -> VALID.withOrder(new ProcurementOrder(OrderId.of("huge"), H100, 1_000_000_000,
                        START, Usd.ofWholeDollars(1_000_000_000))),
                "orders", "all orders together cost about $1.000e+18, more than the supported $10000000000000.00");
    }

    @Test
    void reportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> VALID.withDemand(new Demand(-1, io.jevons.capacity.time.Schedule.empty(), 0.5, -1)))
                .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.violations())
                        .extracting(AssumptionViolation::field)
                        .containsExactly("demand.requestsPerDay", "demand.peakToAverage", "demand.inputTokenWeight"));
    }

    static ProcurementOrder order(String id, ChipTypeId chip, long quantity, Quarter delivery) {
        return new ProcurementOrder(OrderId.of(id), chip, quantity, delivery, Usd.ofWholeDollars(30_000));
    }

    static void assertRefused(ThrowingCallable change, String field, String reason) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidAssumptionsException.class,
                e -> assertThat(e.violations()).contains(new AssumptionViolation(field, reason)));
    }
}
