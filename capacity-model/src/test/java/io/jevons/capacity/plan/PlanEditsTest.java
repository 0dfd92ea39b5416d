package io.jevons.capacity.plan;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.change.ChangeSet;
import io.jevons.capacity.change.ChangeWorkloadTokens;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jevons.capacity.SmallScenario.CHAT;
import static io.jevons.capacity.SmallScenario.REASONING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEditsTest {

    static final Assumptions SMALL = SmallScenario.ASSUMPTIONS;

    static ChangeSet changes(PlanEdit... edits) {
        return PlanEdits.changes(SMALL, List.of(edits));
    }

    @Test
    void eachQuarterOfAPastedRowIsItsOwnChangeFromThatQuarterOn() {
        List<PlanEdit> pasted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pasted.add(new PlanEdit("demand.growth", Quarter.of(2025, 1).plus(i).toString(), 0.01 * (i + 1)));
        }
        ChangeSet set = PlanEdits.changes(SMALL, pasted);
        assertThat(set.changes()).hasSize(8).first().isEqualTo(new SetDemandGrowth(Quarter.of(2025, 1), 0.01));
        Assumptions changed = set.applyTo(SMALL);
        assertThat(PlanGridTest.row(PlanGrid.of(changed), "demand.growth").values())
                .containsExactly(0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08);
        assertThat(set.family()).isEqualTo(AssumptionFamily.DEMAND);
        assertThat(set.summary()).startsWith("Demand growth from 2025Q1: 1% a quarter; Demand growth from 2025Q2")
                .endsWith("; and 5 more");
    }

    @Test
    void cellsOfOneQuarterAreCompletedWithTheFiguresInForceThere() {
        ChangeSet set = changes(new PlanEdit("tokens.output:chat", "2025Q3", 150.0),
                new PlanEdit("mix.share:chat", "2025Q3", 0.6), new PlanEdit("mix.share:reasoning", "2025Q3", 0.4),
                new PlanEdit("economics.availability", "2025Q3", 0.9));
        assertThat(set.changes()).containsExactly(
                new ChangeWorkloadTokens(CHAT, Quarter.of(2025, 3), new TokenProfile(150, 200, 1e9)),
                new SetModelMix(Quarter.of(2025, 3), new ModelMix(Map.of(CHAT, 0.6, REASONING, 0.4))),
                new SetEconomics(Quarter.of(2025, 3), new Economics(0.10, 1.5, 0.2, 0.9)));
        assertThat(set.family()).isEqualTo(AssumptionFamily.SEVERAL);
    }

    @Test
    void wholePlanCellsChangeTheirFigure() {
        Assumptions changed = changes(new PlanEdit("chips.price:gpu-a", null, 25_000.5),
                new PlanEdit("demand.baseline", null, 1e9), new PlanEdit("rebound", null, 0.5)).applyTo(SMALL);
        assertThat(changed.chipType(SmallScenario.GPU_A).orElseThrow().unitPrice()).isEqualTo(Usd.ofCents(2_500_050));
        assertThat(changed.demand().requestsPerDay()).isEqualTo(1e9);
        assertThat(changed.reboundElasticity()).isEqualTo(0.5);
    }

    @Test
    void aMixThatDoesNotAddUpIsRefusedInPercent() {
        assertThatThrownBy(() -> changes(new PlanEdit("mix.share:chat", "2026Q1", 0.6)))
                .isInstanceOf(InvalidAssumptionsException.class)
                .hasMessage("edits[0].value: the model mix of 2026Q1 sums to 110 %; the shares of all workload classes "
                        + "must sum to 100 %");
    }

    @Test
    void aStepTypedOnAnExistingStepKeepsItsLabel() {
        ChangeSet set = changes(new PlanEdit("efficiency.step:all", "2025Q3", 4.0));
        assertThat(set.summary()).contains("distillation").contains("4");
    }

    @Test
    void valuesAlreadyInForceChangeNothing() {
        assertThat(changes(new PlanEdit("demand.growth", "2025Q3", 0.5), new PlanEdit("demand.growth", "2025Q4", 0.1))
                .changes()).containsExactly(new SetDemandGrowth(Quarter.of(2025, 4), 0.1));
        assertThatThrownBy(() -> changes(new PlanEdit("demand.growth", "2025Q3", 0.5)))
                .hasMessage("edits: nothing to save: every value typed is already the plan's");
    }

    @Test
    void everyBadCellIsNamedAtOnce() {
        assertThatThrownBy(() -> changes(new PlanEdit("nope", "2025Q1", 1.0),
                new PlanEdit("chips.delivered:gpu-a", "2025Q1", 5.0),
                new PlanEdit("demand.growth", "2031Q1", 0.1),
                new PlanEdit("demand.growth", "next year", 0.1),
                new PlanEdit("demand.growth", null, 0.1),
                new PlanEdit("demand.baseline", "2025Q1", 1.0),
                new PlanEdit("demand.peak", null, null),
                new PlanEdit("economics.pue", "2025Q2", 1.1), new PlanEdit("economics.pue", "2025Q2", 1.2)))
                .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.reason()).containsExactly(
                                "edits[0].row: this plan has no such row, was 'nope'",
                                "edits[1].row: Chips delivered · GPU A come from the orders: change them in the orders table",
                                "edits[2].quarter: 2031Q1 is outside the plan's 2025Q1–2026Q4",
                                "edits[3].quarter: expected a quarter like 2026Q1, was 'next year'",
                                "edits[4].quarter: expected a quarter like 2026Q1",
                                "edits[5].quarter: Requests per day holds for the whole plan, not per quarter",
                                "edits[6].value: Daily peak: type a number",
                                "edits[8]: Power usage effectiveness in 2025Q2 is edited twice"));
    }

    @Test
    void aCellTheModelRefusesRefusesTheWholeSave() {
        assertThatThrownBy(() -> changes(new PlanEdit("demand.growth", "2025Q2", 0.1),
                new PlanEdit("economics.availability", "2025Q2", 1.5)))
                .isInstanceOf(InvalidAssumptionsException.class);
    }

    @Test
    void aChangeSetIsAllOrNothingAndHoldsNoOtherSets() {
        ChangeSet one = changes(new PlanEdit("demand.growth", "2025Q2", 0.1));
        assertThatThrownBy(() -> new ChangeSet(List.of(one))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangeSet(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(one.summary()).isEqualTo("Demand growth from 2025Q2: 10% a quarter");
    }
}
