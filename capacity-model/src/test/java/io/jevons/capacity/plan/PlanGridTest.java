package io.jevons.capacity.plan;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.time.Quarter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlanGridTest {

    static final PlanGrid SMALL = PlanGrid.of(SmallScenario.ASSUMPTIONS);

    static PlanRow row(PlanGrid grid, String id) {
        return grid.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyQuarterShowsTheValueInForceAndMarksWhereAChangeStarts() {
        assertThat(SMALL.quarters()).hasSize(8).startsWith(Quarter.of(2025, 1));
        PlanRow growth = row(SMALL, "demand.growth");
        assertThat(growth.values()).containsExactly(null, null, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(growth.starts()).containsExactly(2, 3);
        PlanRow chatShare = row(SMALL, "mix.share:chat");
        assertThat(chatShare.values()).containsExactly(0.75, 0.75, 0.75, 0.75, 0.5, 0.5, 0.5, 0.5);
        assertThat(chatShare.starts()).containsExactly(0, 4);
        assertThat(chatShare.name()).isEqualTo("Share of requests · Chat");
        assertThat(row(SMALL, "efficiency.step:all").values())
                .containsExactly(null, null, 2.0, null, null, null, null, null);
    }

    @Test
    void wholePlanFiguresHaveOneValueAndDeliveriesComeFromOrdersReadOnly() {
        PlanRow baseline = row(SMALL, "demand.baseline");
        assertThat(baseline.quarterly()).isFalse();
        assertThat(baseline.values()).containsExactly(86_400_000.0);
        assertThat(row(SMALL, "chips.price:gpu-a").values()).containsExactly(20_000.0);
        PlanRow delivered = row(SMALL, "chips.delivered:gpu-a");
        assertThat(delivered.editable()).isFalse();
        assertThat(delivered.values()).containsExactly(2.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0);
        assertThat(delivered.name()).isEqualTo("Chips delivered · GPU A");
    }

    @Test
    void rowsOfEachTermAreThereForEveryClassScopeAndChip() {
        assertThat(SMALL.rows()).extracting(PlanRow::id).containsExactly(
                "demand.baseline", "demand.growth", "demand.peak", "demand.inputWeight",
                "tokens.output:chat", "tokens.input:chat", "tokens.flops:chat",
                "tokens.output:reasoning", "tokens.input:reasoning", "tokens.flops:reasoning",
                "mix.share:chat", "mix.share:reasoning",
                "efficiency.step:all", "efficiency.gain:all", "efficiency.step:chat", "efficiency.gain:chat",
                "efficiency.step:reasoning", "efficiency.gain:reasoning", "rebound",
                "chips.delivered:gpu-a", "chips.price:gpu-a", "chips.delivered:asic-b", "chips.price:asic-b",
                "economics.powerPrice", "economics.pue", "economics.trainingShare", "economics.availability");
    }

    @Test
    void theDefaultScenarioShowsItsGrowthAndThe2025DeepSeekStep() {
        PlanGrid grid = PlanGrid.of(DefaultScenario.assumptions());
        assertThat(grid.quarters()).hasSize(28);
        PlanRow growth = row(grid, "demand.growth");
        assertThat(growth.starts()).isNotEmpty();
        assertThat(growth.values().subList(1, 28)).doesNotContainNull();
        PlanRow step = row(grid, "efficiency.step:all");
        int q2025q1 = grid.quarters().indexOf(Quarter.of(2025, 1));
        assertThat(step.values().get(q2025q1)).isEqualTo(10.0);
        assertThat(step.starts()).contains(q2025q1);
        assertThat(grid.rows()).hasSizeGreaterThan(40);
    }

    @Test
    void aChangeSetsTheCellsFromItsQuarterOnUntilTheNextChange() {
        Assumptions faster = new SetDemandGrowth(Quarter.of(2025, 2), 0.1).applyTo(SmallScenario.ASSUMPTIONS);
        assertThat(PlanGrid.of(faster).cellsChangedSince(SMALL))
                .containsExactlyInAnyOrder(new PlanCell("demand.growth", 1));
        Assumptions later = new SetDemandGrowth(Quarter.of(2026, 2), 0.1).applyTo(SmallScenario.ASSUMPTIONS);
        assertThat(PlanGrid.of(later).cellsChangedSince(SMALL)).containsExactlyInAnyOrder(
                Arrays.stream(new int[] {5, 6, 7}).mapToObj(i -> new PlanCell("demand.growth", i)).toArray(PlanCell[]::new));
        assertThat(SMALL.cellsChangedSince(SMALL)).isEqualTo(Set.of());
    }
}
