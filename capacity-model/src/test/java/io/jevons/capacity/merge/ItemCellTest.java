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
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ItemCellTest {

    static Stream<AssumptionChange> changesOfOneCell() {
        Quarter q = Quarter.of(2026, 2);
        return Stream.of(new SetDemandBaseline(1e8), new SetDemandGrowth(q, 0.07), new SetPeakToAverage(2.5),
                new SetInputTokenWeight(0.4), new SetReboundElasticity(0.3),
                new SetAnnualEfficiencyGain(EfficiencyScope.ALL, q, 0.35),
                new SetEfficiencyStep(new EfficiencyStep(q, EfficiencyScope.of(SmallScenario.CHAT), 3, "step")));
    }

    /** Typing a figure into an item's cell sets that very item: the edit of a conflict settles the conflict. */
    @ParameterizedTest
    @MethodSource("changesOfOneCell")
    void aFigureTypedIntoTheCellOfAnItemSetsThatItem(AssumptionChange change) {
        AssumptionItem item = ChangedItems.single(change);
        ItemCell cell = ItemCell.of(item).orElseThrow();

        List<AssumptionChange> made = PlanEdits.changes(SmallScenario.ASSUMPTIONS,
                List.of(new PlanEdit(cell.row(), cell.quarter(), 0.123))).changes();

        assertThat(made).extracting(ChangedItems::single).containsExactly(item);
    }

    @Test
    void aModelMixSpansSeveralCellsAndHasNone() {
        assertThat(ItemCell.of(ChangedItems.single(new SetModelMix(Quarter.of(2026, 1),
                new ModelMix(Map.of(SmallScenario.CHAT, 1.0)))))).isEmpty();
    }
}
