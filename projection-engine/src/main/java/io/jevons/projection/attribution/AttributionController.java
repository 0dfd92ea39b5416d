package io.jevons.projection.attribution;

import io.jevons.capacity.attribution.Attribution;
import io.jevons.capacity.attribution.Attributions;
import io.jevons.capacity.attribution.Contribution;
import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.history.RecordedEvent;
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
import java.util.UUID;

/** "Why did 2027 cost move?": the change of a metric between two versions, split across the events between them. */
@RestController
@Tag(name = "Attribution")
class AttributionController {

    private final ScenarioTimeline timeline;

    AttributionController(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/scenarios/{scenarioId}/attribution")
    @Operation(summary = "Waterfall (method=sequential) or Shapley values (method=shapley, at most 12 changes) of a "
            + "metric such as total-cost:2027 or cost-per-million-tokens:2027Q1 between versions 'from' and 'to'")
    AttributionResponse attribution(@PathVariable UUID scenarioId, @RequestParam String metric,
                                    @RequestParam(defaultValue = "1") String from, @RequestParam(required = false) String to,
                                    @RequestParam(defaultValue = "sequential") String method) {
        ScenarioId id = new ScenarioId(scenarioId);
        Metric parsed = Metric.parse(metric);
        Attribution.Method chosen = EnumValues.parse(Attribution.Method.class, method, "method");
        List<RecordedEvent> all = timeline.events(id);
        List<RecordedEvent> upToFrom = ScenarioTimeline.upTo(id, all, AsOf.parse(from, "from"), "from");
        List<RecordedEvent> upToTo = ScenarioTimeline.upTo(id, all, AsOf.parse(to, "to"), "to");
        if (upToTo.size() < upToFrom.size()) {
            throw InvalidAssumptionsException.of("to", "'to' (version " + upToTo.size() + ") is before 'from' (version "
                    + upToFrom.size() + ")");
        }
        ScenarioState base = ScenarioTimeline.replay(upToFrom);
        List<RecordedEvent> between = new ArrayList<>();
        List<LabelledChange> changes = new ArrayList<>();
        for (RecordedEvent event : upToTo.subList(upToFrom.size(), upToTo.size())) {
            if (event.event() instanceof AssumptionEvent change) {
                between.add(event);
                changes.add(new LabelledChange("v" + event.version() + " " + event.type() + " by " + event.user() + ": "
                        + change.reason(), change.toChange()));
            }
        }
        Attribution attribution = chosen == Attribution.Method.SHAPLEY
                ? Attributions.shapley(base.assumptions(), changes, parsed)
                : Attributions.sequential(base.assumptions(), changes, parsed);
        List<AttributionResponse.Bar> bars = new ArrayList<>();
        for (int i = 0; i < between.size(); i++) {
            RecordedEvent event = between.get(i);
            Contribution contribution = attribution.contributions().get(i);
            bars.add(new AttributionResponse.Bar(event.version(), event.type(), event.user(), event.time(),
                    event.event().reason(), event.summary(), contribution.delta(), contribution.applied()));
        }
        return new AttributionResponse(id, parsed.toString(), parsed.name(), parsed.kind().unit(), chosen, upToFrom.size(),
                upToTo.size(),
                attribution.before(), attribution.after(), attribution.totalChange(), bars);
    }
}
