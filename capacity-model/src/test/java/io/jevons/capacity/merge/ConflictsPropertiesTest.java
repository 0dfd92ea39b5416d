package io.jevons.capacity.merge;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.capacity.change.ChangeOrderPrice;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.DelayOrder;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.ReviseOrder;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.diff.AssumptionDiff;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of a target and a proposal made on the same base, from a vocabulary small enough that they often
 * set the same assumptions: what the merge's conflict detection promises must hold for every pair.
 */
class ConflictsPropertiesTest {

    private static final Assumptions BASE = SmallScenario.ASSUMPTIONS;
    private static final List<Quarter> QUARTERS = List.of(Quarter.of(2025, 2), Quarter.of(2025, 3), Quarter.of(2026, 1),
            Quarter.of(2026, 2));
    private static final List<OrderId> ORDERS = List.of(OrderId.of("o1"), OrderId.of("o2"), OrderId.of("o3"));

    /** No conflict reported: the target's changes and the proposal's give the same plan in either order. */
    @Property(tries = 400)
    void changesWithoutConflictCommute(@ForAll("histories") List<AssumptionChange> target,
                                       @ForAll("histories") List<AssumptionChange> proposal) {
        Optional<Assumptions> targetThenProposal = applied(target, proposal);
        Optional<Assumptions> proposalThenTarget = applied(proposal, target);
        Assume.that(targetThenProposal.isPresent() && proposalThenTarget.isPresent());
        Assume.that(Conflicts.between(target, proposal, Function.identity()).isEmpty());

        assertThat(AssumptionDiff.between(targetThenProposal.get(), proposalThenTarget.get())).isEmpty();
    }

    /** Every item both sides set differently is reported, and nothing else. */
    @Property(tries = 400)
    void everyItemBothSidesSetDifferentlyIsAConflict(@ForAll("histories") List<AssumptionChange> target,
                                                    @ForAll("histories") List<AssumptionChange> proposal) {
        List<String> reported = Conflicts.between(target, proposal, Function.identity()).stream()
                .map(conflict -> conflict.item().id()).toList();
        List<String> expected = proposal.stream().map(ChangedItems::single).distinct()
                .filter(item -> {
                    List<AssumptionChange> theirs = Conflicts.touching(List.of(item), target, Function.identity());
                    return !theirs.isEmpty() && !theirs.equals(Conflicts.touching(List.of(item), proposal, Function.identity()));
                })
                .map(AssumptionItem::id).toList();
        assertThat(reported).isEqualTo(expected);
    }

    /** Two changes of one item with different figures always conflict. */
    @Property(tries = 200)
    void differentFiguresForOneItemConflict(@ForAll("histories") List<AssumptionChange> history) {
        Assume.that(!history.isEmpty());
        AssumptionChange last = history.get(history.size() - 1);
        Assume.that(!history.subList(0, history.size() - 1).contains(last));
        assertThat(Conflicts.between(history.subList(0, history.size() - 1), List.of(last), Function.identity())
                .isEmpty()).isEqualTo(Conflicts.touching(List.of(ChangedItems.single(last)),
                history.subList(0, history.size() - 1), Function.identity()).isEmpty());
    }

    /** A history of one change set the way it is made again at once is no conflict: one side took the other's. */
    @Property(tries = 100)
    void theSameChangesOnBothSidesAreNoConflict(@ForAll("histories") List<AssumptionChange> both) {
        assertThat(Conflicts.between(both, both, Function.identity())).isEmpty();
    }

    @Provide
    Arbitrary<List<AssumptionChange>> histories() {
        return change().list().ofMinSize(0).ofMaxSize(6);
    }

    private static Arbitrary<AssumptionChange> change() {
        Arbitrary<Quarter> quarter = Arbitraries.of(QUARTERS);
        Arbitrary<OrderId> order = Arbitraries.of(ORDERS);
        return Arbitraries.oneOf(
                Combinators.combine(quarter, Arbitraries.of(0.0, 0.05, 0.1)).as(SetDemandGrowth::new),
                Combinators.combine(quarter, Arbitraries.of(0.2, 0.5, 0.8)).as((q, chat) -> new SetModelMix(q,
                        new ModelMix(Map.of(SmallScenario.CHAT, chat, SmallScenario.REASONING, 1 - chat)))),
                Combinators.combine(quarter, Arbitraries.of(EfficiencyScope.ALL, EfficiencyScope.of(SmallScenario.CHAT)),
                        Arbitraries.of(2.0, 3.0)).as((q, scope, factor) ->
                        new SetEfficiencyStep(new EfficiencyStep(q, scope, factor, "step"))),
                Combinators.combine(quarter, Arbitraries.of(0.1, 0.2)).as((q, price) ->
                        new SetEconomics(q, new Economics(price, 1.4, 0.2, 0.8))),
                Arbitraries.of(1.5, 2.0).map(SetPeakToAverage::new),
                Arbitraries.of(0.2, 0.5).map(SetReboundElasticity::new),
                Combinators.combine(order, Arbitraries.of(1L, 4L)).as(ChangeOrderQuantity::new),
                Combinators.combine(order, Arbitraries.of(15_000L, 30_000L)).as((o, dollars) ->
                        new ChangeOrderPrice(o, Usd.ofWholeDollars(dollars))),
                Combinators.combine(order, Arbitraries.of(Quarter.of(2026, 3), Quarter.of(2026, 4))).as(DelayOrder::new),
                Combinators.combine(order, Arbitraries.of(2L, 6L)).as((o, quantity) -> new ReviseOrder(
                        new ProcurementOrder(o, SmallScenario.GPU_A, quantity, Quarter.of(2025, 4), Usd.ofWholeDollars(19_000)))),
                order.map(CancelOrder::new),
                Arbitraries.of(1L, 8L).map(quantity -> new PlaceOrder(new ProcurementOrder(OrderId.of("o9"),
                        SmallScenario.ASIC_B, quantity, Quarter.of(2026, 2), Usd.ofWholeDollars(9_000)))));
    }

    private static Optional<Assumptions> applied(List<AssumptionChange> first, List<AssumptionChange> then) {
        List<AssumptionChange> all = new ArrayList<>(first);
        all.addAll(then);
        Assumptions running = BASE;
        try {
            for (AssumptionChange change : all) {
                running = change.applyTo(running);
            }
            return Optional.of(running);
        } catch (InvalidAssumptionsException refused) {
            return Optional.empty();
        }
    }
}
