package io.jevons.projection.attribution;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Attribution;
import io.jevons.capacity.attribution.Attributions;
import io.jevons.capacity.attribution.Contribution;
import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.diff.AssumptionDiff;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.http.EnumValues;
import io.jevons.projection.projection.AsOf;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** "Why did 2027 cost move?": the change of a metric between two versions, split across the events between them. */
@RestController
@Tag(name = "Attribution")
class AttributionController {

    private final ScenarioTimeline timeline;
    private final ScenarioHistory history;

    AttributionController(ScenarioTimeline timeline, ScenarioHistory history) {
        this.timeline = timeline;
        this.history = history;
    }

    @GetMapping("/api/scenarios/{scenarioId}/attribution")
    @Operation(summary = "Waterfall (method=sequential) or Shapley values (method=shapley, at most 12 bars) of a "
            + "metric such as total-cost:2027 or cost-per-million-tokens:2027Q1 between versions 'from' and 'to'; a bar "
            + "per event, or (group=family or user; the default past 200 events is family) per assumption family or user")
    AttributionResponse attribution(@PathVariable UUID scenarioId, @RequestParam String metric,
                                    @RequestParam(defaultValue = "1") String from, @RequestParam(required = false) String to,
                                    @RequestParam(defaultValue = "sequential") String method,
                                    @RequestParam(required = false) String group) {
        ScenarioId id = new ScenarioId(scenarioId);
        Metric parsed = Metric.parse(metric);
        Attribution.Method chosen = EnumValues.parse(Attribution.Method.class, method, "method");
        ScenarioState base = timeline.stateAt(id, AsOf.parse(from, "from"), "from");
        ScenarioState end = timeline.stateAt(id, AsOf.parse(to, "to"), "to");
        if (end.version() < base.version()) {
            throw InvalidAssumptionsException.of("to", "'to' (version " + end.version() + ") is before 'from' (version "
                    + base.version() + ")");
        }
        List<RecordedEvent> between = history.readBetween(id, base.version(), end.version()).stream()
                .filter(event -> event.event() instanceof AssumptionEvent).toList();
        AttributionGrouping grouping = group == null ? AttributionGrouping.forCount(between.size())
                : EnumValues.parse(AttributionGrouping.class, group, "group");
        List<AttributionSteps.Step> steps = AttributionSteps.of(grouping, between);
        List<LabelledChange> changes = steps.stream().map(AttributionSteps.Step::change).toList();
        if (grouping != AttributionGrouping.EVENT) {
            requireSameEnd(base, end, changes, grouping);
        }
        Attribution attribution = chosen == Attribution.Method.SHAPLEY
                ? Attributions.shapley(base.assumptions(), changes, parsed)
                : Attributions.sequential(base.assumptions(), changes, parsed);
        List<AttributionResponse.Bar> bars = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            AttributionSteps.Step step = steps.get(i);
            Contribution contribution = attribution.contributions().get(i);
            bars.add(new AttributionResponse.Bar(step.version(), step.eventType(), step.user(), step.time(),
                    step.reason(), step.summary(), contribution.delta(), contribution.applied()));
        }
        return new AttributionResponse(id, parsed.toString(), parsed.name(), parsed.kind().unit(), chosen, grouping,
                base.version(), end.version(), attribution.before(), attribution.after(), attribution.totalChange(), bars);
    }

    /**
     * Groups apply their changes in another order than the events did: fine for families, whose assumptions never
     * overlap, but two users may have set the same one, and then the order decides the plan.
     */
    private static void requireSameEnd(ScenarioState base, ScenarioState end, List<LabelledChange> changes,
                                       AttributionGrouping grouping) {
        Assumptions grouped = base.assumptions();
        try {
            for (LabelledChange change : changes) {
                grouped = change.change().applyTo(grouped);
            }
        } catch (InvalidAssumptionsException refused) {
            grouped = null;
        }
        if (grouped == null || !AssumptionDiff.between(grouped, end.assumptions()).isEmpty()) {
            throw InvalidAssumptionsException.of("group", "grouped by " + grouping.name().toLowerCase(Locale.ROOT)
                    + ", the changes between versions " + base.version() + " and " + end.version() + " do not make the "
                    + "plan they made in their own order (they set the same assumptions); group by event or family");
        }
    }
}
