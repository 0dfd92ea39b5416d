package io.jevons.capacity.plan;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeChipSpecs;
import io.jevons.capacity.change.ChangeSet;
import io.jevons.capacity.change.ChangeWorkloadTokens;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Percent;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.capacity.validation.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns cells typed into the plan grid into one {@link ChangeSet} against the assumptions they were typed on.
 * A cell sets its value from its quarter on, like every change of the model; a token, mix or economics cell is
 * completed with the other figures in force in that quarter, so the cells of one quarter make one change.
 * Cells that already hold the typed value change nothing and are left out.
 */
public final class PlanEdits {

    /** At most this many cells in one save: a whole default plan is ~1,300. */
    public static final int MAX_EDITS = 5_000;

    private PlanEdits() {
    }

    public static ChangeSet changes(Assumptions assumptions, List<PlanEdit> edits) {
        List<Cell> cells = checked(assumptions, edits);
        List<AssumptionChange> changes = new ArrayList<>();
        Assumptions running = assumptions;
        for (Cell cell : cells.stream().filter(c -> c.quarter == null).toList()) {
            running = add(changes, running, scalarChange(running, cell));
        }
        Map<Quarter, List<Cell>> byQuarter = cells.stream().filter(c -> c.quarter != null)
                .collect(Collectors.groupingBy(c -> c.quarter, TreeMap::new, Collectors.toList()));
        for (Map.Entry<Quarter, List<Cell>> quarter : byQuarter.entrySet()) {
            for (AssumptionChange change : quarterChanges(running, quarter.getKey(), quarter.getValue())) {
                running = add(changes, running, change);
            }
        }
        if (changes.isEmpty()) {
            throw InvalidAssumptionsException.of("edits", "nothing to save: every value typed is already the plan's");
        }
        return new ChangeSet(changes);
    }

    private static Assumptions add(List<AssumptionChange> changes, Assumptions running, AssumptionChange change) {
        changes.add(change);
        return change.applyTo(running);
    }

    /** A valid edit of an editable cell whose value differs from the one in force. */
    private record Cell(int index, String term, String subject, Quarter quarter, double value) {
    }

    private static List<Cell> checked(Assumptions a, List<PlanEdit> edits) {
        Violations violations = new Violations();
        if (edits == null || edits.isEmpty()) {
            throw InvalidAssumptionsException.of("edits", "no cell was changed");
        }
        if (edits.size() > MAX_EDITS) {
            throw InvalidAssumptionsException.of("edits", "at most " + String.format("%,d", MAX_EDITS)
                    + " cells can be saved at once, were " + String.format("%,d", edits.size()));
        }
        PlanGrid grid = PlanGrid.of(a);
        Map<String, PlanRow> rows = grid.rows().stream().collect(Collectors.toMap(PlanRow::id, Function.identity()));
        Set<PlanCell> seen = new HashSet<>();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            PlanEdit edit = edits.get(i);
            String field = "edits[" + i + "]";
            PlanRow row = edit == null || edit.row() == null ? null : rows.get(edit.row());
            if (row == null) {
                violations.add(field + ".row", "this plan has no such row" + shown(edit == null ? null : edit.row()));
                continue;
            }
            if (!row.editable()) {
                violations.add(field + ".row", row.name() + " come from the orders: change them in the orders table");
                continue;
            }
            Quarter quarter = quarter(row, edit, a.horizon(), field, violations);
            if (row.quarterly() && quarter == null) {
                continue;
            }
            if (edit.value() == null || !Double.isFinite(edit.value())) {
                violations.add(field + ".value", row.name() + ": type a number");
                continue;
            }
            int index = quarter == null ? 0 : a.horizon().indexOf(quarter);
            if (!seen.add(new PlanCell(row.id(), index))) {
                violations.add(field, row.name() + (quarter == null ? "" : " in " + quarter) + " is edited twice");
                continue;
            }
            if (!edit.value().equals(row.values().get(index))) {
                String[] idParts = row.id().split(":", 2);
                cells.add(new Cell(i, idParts[0], idParts.length > 1 ? idParts[1] : null, quarter, edit.value()));
            }
        }
        violations.throwIfAny();
        return cells;
    }

    private static Quarter quarter(PlanRow row, PlanEdit edit, Horizon horizon, String field, Violations violations) {
        if (!row.quarterly()) {
            if (edit.quarter() != null) {
                violations.add(field + ".quarter", row.name() + " holds for the whole plan, not per quarter");
            }
            return null;
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(edit.quarter());
        } catch (InvalidAssumptionsException | IllegalArgumentException invalid) {
            violations.add(field + ".quarter", "expected a quarter like 2026Q1" + shown(edit.quarter()));
            return null;
        }
        if (!horizon.contains(quarter)) {
            violations.add(field + ".quarter", quarter + " is outside the plan's " + horizon.first() + "–"
                    + horizon.last());
            return null;
        }
        return quarter;
    }

    private static String shown(String text) {
        return text == null ? "" : ", was '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    private static AssumptionChange scalarChange(Assumptions a, Cell cell) {
        if (cell.term.equals(Glossary.BASELINE.id())) {
            return new SetDemandBaseline(cell.value);
        } else if (cell.term.equals(Glossary.PEAK.id())) {
            return new SetPeakToAverage(cell.value);
        } else if (cell.term.equals(Glossary.INPUT_WEIGHT.id())) {
            return new SetInputTokenWeight(cell.value);
        } else if (cell.term.equals(Glossary.REBOUND.id())) {
            return new SetReboundElasticity(cell.value);
        } else if (cell.term.equals(Glossary.UNIT_PRICE.id())) {
            ChipType c = a.chipType(ChipTypeId.of(cell.subject)).orElseThrow();
            Usd price = Usd.ofDollars(BigDecimal.valueOf(cell.value).setScale(2, RoundingMode.HALF_UP));
            return new ChangeChipSpecs(new ChipType(c.id(), c.name(), c.vendor(), c.kind(), c.peakFlopsPerSecond(),
                    c.hbmGigabytes(), c.tdpWatts(), price, c.usefulLifeYears(), c.servingEfficiency()));
        }
        throw new IllegalStateException("no scalar row " + cell.term);
    }

    /** The changes of one quarter's cells: tokens per class, one mix, economics once, the rest one each. */
    private static List<AssumptionChange> quarterChanges(Assumptions a, Quarter q, List<Cell> cells) {
        List<AssumptionChange> changes = new ArrayList<>();
        Map<String, TokenProfile> tokens = new LinkedHashMap<>();
        Map<WorkloadClassId, Double> mix = null;
        Economics economics = null;
        Cell firstMixCell = null;
        for (Cell cell : cells) {
            String term = cell.term;
            if (term.equals(Glossary.GROWTH.id())) {
                changes.add(new SetDemandGrowth(q, cell.value));
            } else if (term.startsWith("tokens.")) {
                TokenProfile p = tokens.computeIfAbsent(cell.subject, id -> tokensInForce(a, id, q, cell.index));
                tokens.put(cell.subject, withToken(p, term, cell.value));
            } else if (term.equals(Glossary.MIX_SHARE.id())) {
                if (mix == null) {
                    mix = new HashMap<>(a.modelMix().valueAt(q).map(ModelMix::shares).orElse(Map.of()));
                    firstMixCell = cell;
                }
                mix.put(WorkloadClassId.of(cell.subject), cell.value);
            } else if (term.equals(Glossary.EFFICIENCY_STEP.id())) {
                EfficiencyScope scope = EfficiencyScope.parse(cell.subject);
                String label = a.efficiency().steps().stream()
                        .filter(s -> s.quarter().equals(q) && s.scope().equals(scope)).map(EfficiencyStep::label)
                        .findFirst().orElse("Set in the plan");
                changes.add(new SetEfficiencyStep(new EfficiencyStep(q, scope, cell.value, label)));
            } else if (term.equals(Glossary.EFFICIENCY_GAIN.id())) {
                changes.add(new SetAnnualEfficiencyGain(EfficiencyScope.parse(cell.subject), q, cell.value));
            } else {
                economics = withEconomics(economics == null ? a.economics().valueAt(q).orElse(Economics.STARTING)
                        : economics, term, cell.value);
            }
        }
        tokens.forEach((id, profile) -> changes.add(new ChangeWorkloadTokens(WorkloadClassId.of(id), q, profile)));
        if (mix != null) {
            changes.add(new SetModelMix(q, checkedMix(mix, q, firstMixCell)));
        }
        if (economics != null) {
            changes.add(new SetEconomics(q, economics));
        }
        return changes;
    }

    private static TokenProfile tokensInForce(Assumptions a, String classId, Quarter q, int index) {
        return a.workloadClass(WorkloadClassId.of(classId)).flatMap(c -> c.tokens().valueAt(q))
                .orElseThrow(() -> InvalidAssumptionsException.of("edits[" + index + "].quarter",
                        "this workload class has no tokens per request before its first quarter; start at "
                                + a.workloadClass(WorkloadClassId.of(classId)).orElseThrow().tokens().firstChange()
                                .map(Quarter::toString).orElse("its first quarter")));
    }

    private static TokenProfile withToken(TokenProfile p, String term, double value) {
        if (term.equals(Glossary.OUTPUT_TOKENS.id())) {
            return new TokenProfile(value, p.inputTokensPerRequest(), p.flopsPerToken());
        } else if (term.equals(Glossary.INPUT_TOKENS.id())) {
            return new TokenProfile(p.outputTokensPerRequest(), value, p.flopsPerToken());
        }
        return new TokenProfile(p.outputTokensPerRequest(), p.inputTokensPerRequest(), value);
    }

    private static Economics withEconomics(Economics e, String term, double value) {
        if (term.equals(Glossary.POWER_PRICE.id())) {
            return new Economics(value, e.powerUsageEffectiveness(), e.trainingShare(), e.availability());
        } else if (term.equals(Glossary.PUE.id())) {
            return new Economics(e.powerPriceUsdPerKwh(), value, e.trainingShare(), e.availability());
        } else if (term.equals(Glossary.TRAINING_SHARE.id())) {
            return new Economics(e.powerPriceUsdPerKwh(), e.powerUsageEffectiveness(), value, e.availability());
        }
        return new Economics(e.powerPriceUsdPerKwh(), e.powerUsageEffectiveness(), e.trainingShare(), value);
    }

    /** The shares of a quarter must add up to 100 %: said in percent, as the planner typed them. */
    private static ModelMix checkedMix(Map<WorkloadClassId, Double> shares, Quarter q, Cell cell) {
        ModelMix mix = new ModelMix(shares);
        if (Math.abs(mix.total() - 1) > ModelMix.SUM_TOLERANCE) {
            throw InvalidAssumptionsException.of("edits[" + cell.index + "].value", "the model mix of " + q
                    + " sums to " + Percent.of(mix.total()) + "; the shares of all workload classes must sum to 100 %");
        }
        return mix;
    }
}
