package io.jevons.capacity.merge;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.plan.PlanEdit;
import io.jevons.capacity.plan.PlanEdits;
import io.jevons.capacity.time.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ItemCellTest {

    /** A change of each item with a cell of its own, and another figure for that cell. */
    static Stream<Arguments> changesOfOneCell() {
        Quarter q = Quarter.of(2026, 2);
        return Stream.of(arguments(new SetDemandBaseline(1e8), 2e8), arguments(new SetDemandGrowth(q, 0.07), 0.12),
                arguments(new SetPeakToAverage(2.5), 3.0), arguments(new SetInputTokenWeight(0.4), 0.6),
                arguments(new SetReboundElasticity(0.3), 0.6),
                arguments(new SetAnnualEfficiencyGain(EfficiencyScope.ALL, q, 0.35), 0.2),
                arguments(new SetEfficiencyStep(new EfficiencyStep(q, EfficiencyScope.of(SmallScenario.CHAT), 3, "step")),
                        4.0));
    }

    /** Typing a figure into an item's cell sets that very item: the edit of a conflict settles the conflict. */
    @ParameterizedTest
    @MethodSource("changesOfOneCell")
    void aFigureTypedIntoTheCellOfAnItemSetsThatItem(AssumptionChange change, double figure) {
        AssumptionItem item = ChangedItems.single(change);
        ItemCell cell = ItemCell.of(item).orElseThrow();

        List<AssumptionChange> made = PlanEdits.changes(SmallScenario.ASSUMPTIONS,
                List.of(new PlanEdit(cell.row(), cell.quarter(), figure))).changes();

        assertThat(made).extracting(ChangedItems::single).containsExactly(item);
    }

    @Test
    void aModelMixSpansSeveralCellsAndHasNone() {
        assertThat(ItemCell.of(ChangedItems.single(new SetModelMix(Quarter.of(2026, 1),
                new ModelMix(Map.of(SmallScenario.CHAT, 1.0)))))).isEmpty();
    }
}
