package io.jevons.projection.compare;

import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.attribution.UndefinedMetricException;
import io.jevons.capacity.diff.AssumptionDiff;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.projection.AsOf;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Compares two versions of one scenario, or two scenarios, assumption by assumption and output by output. */
@RestController
@Tag(name = "Compare")
class DiffController {

    /** The outputs compared per year (those defined for a year). */
    private static final List<MetricKind> KEY_OUTPUTS = List.of(MetricKind.DEMAND_FLOPS, MetricKind.SUPPLY_FLOPS,
            MetricKind.UTILIZATION, MetricKind.SERVED_TOKENS, MetricKind.CAPEX, MetricKind.TOTAL_COST,
            MetricKind.INFERENCE_COST, MetricKind.COST_PER_MILLION_TOKENS);

    private final ScenarioTimeline timeline;

    DiffController(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/scenarios/{scenarioId}/diff")
    @Operation(summary = "Differences between this scenario at 'from' (default: version 1) and scenario 'with' "
            + "(default: this one) at 'to' (default: now); from and to are versions, days or instants")
    ScenarioDiffResponse diff(@PathVariable UUID scenarioId, @RequestParam(required = false) String from,
                              @RequestParam(required = false) UUID with, @RequestParam(required = false) String to) {
        ScenarioId leftId = new ScenarioId(scenarioId);
        ScenarioId rightId = with == null ? leftId : new ScenarioId(with);
        AsOf leftAt = from == null && with == null ? AsOf.parse("1", "from") : AsOf.parse(from, "from");
        ScenarioState left = timeline.stateAt(leftId, leftAt, "from");
        ScenarioState right = timeline.stateAt(rightId, AsOf.parse(to, "to"), "to");
        Projection leftProjection = CapacityProjector.project(left.assumptions());
        Projection rightProjection = CapacityProjector.project(right.assumptions());
        List<ScenarioDiffResponse.YearComparison> years = new ArrayList<>();
        for (var year : leftProjection.years()) {
            if (rightProjection.years().stream().anyMatch(y -> y.year() == year.year())) {
                years.add(new ScenarioDiffResponse.YearComparison(year.year(),
                        outputs(year.year(), leftProjection, rightProjection)));
            }
        }
        return new ScenarioDiffResponse(side(left), side(right),
                AssumptionDiff.between(left.assumptions(), right.assumptions()), years);
    }

    private static List<ScenarioDiffResponse.Output> outputs(int year, Projection left, Projection right) {
        List<ScenarioDiffResponse.Output> outputs = new ArrayList<>();
        for (MetricKind kind : KEY_OUTPUTS) {
            Metric metric = Metric.ofYear(kind, year);
            BigDecimal before = valueOrNull(metric, left);
            BigDecimal after = valueOrNull(metric, right);
            outputs.add(new ScenarioDiffResponse.Output(kind.key(), kind.term().name(), kind.unit(), before, after,
                    before == null || after == null ? null : after.subtract(before)));
        }
        return outputs;
    }

    private static BigDecimal valueOrNull(Metric metric, Projection projection) {
        try {
            return metric.valueIn(projection);
        } catch (UndefinedMetricException undefined) {
            return null;
        }
    }

    private static ScenarioDiffResponse.Side side(ScenarioState state) {
        return new ScenarioDiffResponse.Side(state.scenarioId(), state.name(), state.version());
    }
}
