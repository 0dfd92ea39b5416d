package io.jevons.projection.accountability;

import io.jevons.capacity.accountability.Accountability;
import io.jevons.capacity.accountability.Actual;
import io.jevons.capacity.accountability.ForecastCheck;
import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.QuarterActuals;
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
import java.util.Map;
import java.util.UUID;

/**
 * Forecast accountability: the scenario's plan as it stood at a past moment ("what did we believe on 1 March about
 * 2026Q3?") against the actuals recorded since, and the forecast error by the assumption family of the changes that
 * corrected it.
 */
@RestController
@Tag(name = "Actuals")
class AccountabilityController {

    record AccountabilityResponse(ScenarioId scenarioId, String asOf, long versionThen, long versionNow,
                                  List<QuarterActuals> actuals, List<Check> checks) {
    }

    /** A {@link ForecastCheck} with its errors spelled out: forecast minus actual, positive for an overestimate. */
    record Check(Quarter quarter, MetricKind metric, Unit unit, BigDecimal actual, BigDecimal forecastThen,
                 BigDecimal forecastNow, BigDecimal errorThen, BigDecimal errorNow,
                 Map<AssumptionFamily, BigDecimal> correctedBy) {

        static Check of(ForecastCheck check) {
            return new Check(check.quarter(), check.metric(), check.metric().unit(), check.actual(),
                    check.forecastThen(), check.forecastNow(), check.errorThen(), check.errorNow(), check.correctedBy());
        }
    }

    private final ScenarioTimeline timeline;

    AccountabilityController(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/scenarios/{scenarioId}/accountability")
    @Operation(summary = "Every recorded actual against the forecast as it stood at asOf (a version, tag:<name>, a "
            + "day or an instant) and as it stands now; the changes since, by assumption family")
    AccountabilityResponse accountability(@PathVariable UUID scenarioId, @RequestParam String asOf) {
        ScenarioId id = new ScenarioId(scenarioId);
        List<RecordedEvent> all = timeline.events(id);
        List<RecordedEvent> then = ScenarioTimeline.upTo(id, all, AsOf.parse(asOf, "asOf"), "asOf");
        ScenarioState now = RecordedEvent.replay(all);
        List<AssumptionChange> since = all.subList(then.size(), all.size()).stream()
                .map(RecordedEvent::event)
                .filter(AssumptionEvent.class::isInstance)
                .map(event -> ((AssumptionEvent) event).toChange())
                .toList();
        List<Check> checks = Accountability.check(RecordedEvent.replay(then).assumptions(), since,
                figures(now.actuals())).stream().map(Check::of).toList();
        return new AccountabilityResponse(id, asOf, then.size(), all.size(), now.actuals(), checks);
    }

    private static List<Actual> figures(List<QuarterActuals> recorded) {
        List<Actual> figures = new ArrayList<>();
        for (QuarterActuals quarter : recorded) {
            if (quarter.chipsDelivered() != null) {
                figures.add(new Actual(quarter.quarter(), MetricKind.CHIPS_DELIVERED,
                        BigDecimal.valueOf(quarter.chipsDelivered())));
            }
            if (quarter.tokensServed() != null) {
                figures.add(new Actual(quarter.quarter(), MetricKind.SERVED_TOKENS, new BigDecimal(quarter.tokensServed())));
            }
            if (quarter.spend() != null) {
                figures.add(new Actual(quarter.quarter(), MetricKind.CAPEX, quarter.spend().dollars()));
            }
        }
        return figures;
    }
}
