package io.jevons.projection.proposals;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Attribution;
import io.jevons.capacity.attribution.Attributions;
import io.jevons.capacity.attribution.Contribution;
import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.proposal.ProposalComparison;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ProposalState;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.http.ResourceNotFound;
import io.jevons.projection.attribution.AttributionGrouping;
import io.jevons.projection.attribution.AttributionResponse;
import io.jevons.projection.compare.ScenarioDiffResponse;
import io.jevons.projection.history.ChangeEntry;
import io.jevons.projection.projection.AsOf;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Proposals to read and review: the list of a scenario's, and one with its impact and conflicts. */
@RestController
@Tag(name = "Proposals")
class ProposalQueryController {

    /** A proposal in a list: its scenario and number, title, state and review. */
    record ProposalEntry(ScenarioId scenarioId, String scenarioName, int proposal, ScenarioId targetScenarioId,
                         String title, String status, String latestVerdict, int approvals) {
    }

    private final ProposalRepository proposals;
    private final ScenarioTimeline timeline;

    ProposalQueryController(ProposalRepository proposals, ScenarioTimeline timeline) {
        this.proposals = proposals;
        this.timeline = timeline;
    }

    @GetMapping("/api/scenarios/{scenarioId}/proposals")
    @Operation(summary = "The proposals made to this scenario by its forks, and those it made, open ones first")
    List<ProposalEntry> list(@PathVariable UUID scenarioId) {
        List<ProposalEntry> entries = new ArrayList<>();
        for (ProposalRepository.ScenarioProposals scenario : proposals.ofAndTo(new ScenarioId(scenarioId))) {
            for (ProposalState proposal : scenario.proposals()) {
                entries.add(new ProposalEntry(scenario.scenarioId(), scenario.name(), proposal.number(),
                        proposal.targetScenarioId(), proposal.title(), proposal.status().name(),
                        proposal.latestVerdict() == null ? null : proposal.latestVerdict().name(), proposal.approvals()));
            }
        }
        entries.sort((a, b) -> Boolean.compare(!"OPEN".equals(a.status()), !"OPEN".equals(b.status())));
        return entries;
    }

    @GetMapping("/api/scenarios/{scenarioId}/proposals/{proposal}")
    @Operation(summary = "A proposal of this scenario: its changes (who, why, evidence), its impact on the target as it "
            + "stands now (key outputs by year; 'metric', default the last year's cost per million tokens, split across the changes), "
            + "the conflicts with the target's changes since they parted, and its comments and reviews; asOf (a version "
            + "of this scenario, a name, a day or an instant): the proposal and its target as they stood then")
    ProposalResponse proposal(@PathVariable UUID scenarioId, @PathVariable int proposal,
                              @RequestParam(required = false) String metric,
                              @RequestParam(required = false) String asOf) {
        ScenarioId id = new ScenarioId(scenarioId);
        List<RecordedEvent> source = ScenarioTimeline.upTo(id, timeline.events(id), AsOf.parse(asOf, "asOf"), "asOf");
        ScenarioState sourceState = RecordedEvent.replay(source);
        ProposalState state = sourceState.proposal(proposal)
                .orElseThrow(() -> new ResourceNotFound("proposal #" + proposal + " of scenario " + id));
        Instant then = source.get(source.size() - 1).time();
        List<RecordedEvent> target = timeline.events(state.targetScenarioId()).stream()
                .filter(event -> asOf == null || !event.time().isAfter(then)).toList();
        ScenarioState targetState = RecordedEvent.replay(target);
        ProposalComparison comparison = ProposalComparison.of(state, source, target);
        RecordedEvent opened = comparison.activity().get(0);
        return new ProposalResponse(id, sourceState.name(), sourceState.version(), proposal, state.title(),
                state.description(), state.status().name(), comparison.author(), opened.time(),
                state.targetScenarioId(), targetState.name(), targetState.version(), state.fromVersion(),
                state.baseVersion(), comparison.approval().isPresent(),
                comparison.changes().stream().map(ChangeEntry::of).toList(),
                comparison.conflicts().stream().map(ProposalResponse.Conflict::of).toList(),
                comparison.activity().stream().map(ProposalResponse.Activity::of).toList(),
                impact(sourceState, targetState, comparison.changes(), metric));
    }

    private static ProposalResponse.Impact impact(ScenarioState source, ScenarioState target, List<ChangeRecord> changes,
                                                  String metric) {
        Assumptions merged = target.assumptions();
        try {
            for (ChangeRecord change : changes) {
                merged = change.toChange().applyTo(merged);
            }
        } catch (InvalidAssumptionsException refused) {
            return new ProposalResponse.Impact(null, null, refused.getMessage());
        }
        ScenarioDiffResponse diff = ScenarioDiffResponse.between(
                new ScenarioDiffResponse.Side(target.scenarioId(), target.name(), target.version()), target.assumptions(),
                new ScenarioDiffResponse.Side(source.scenarioId(), source.name(), source.version()), merged);
        return new ProposalResponse.Impact(diff, attribution(target, changes, metric), null);
    }

    private static AttributionResponse attribution(ScenarioState target, List<ChangeRecord> changes, String metric) {
        Metric parsed = metric == null
                ? Metric.ofYear(MetricKind.COST_PER_MILLION_TOKENS, target.assumptions().horizon().last().year())
                : Metric.parse(metric);
        List<LabelledChange> labelled = changes.stream()
                .map(change -> new LabelledChange("v" + change.version() + " by " + change.user() + ": " + change.reason(),
                        change.toChange()))
                .toList();
        Attribution attribution = Attributions.sequential(target.assumptions(), labelled, parsed);
        List<AttributionResponse.Bar> bars = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ChangeRecord change = changes.get(i);
            Contribution contribution = attribution.contributions().get(i);
            bars.add(new AttributionResponse.Bar(change.version(), change.change().getClass().getSimpleName(),
                    change.user(), change.time(), change.reason(), change.summary(), contribution.delta(),
                    contribution.applied()));
        }
        return new AttributionResponse(target.scenarioId(), parsed.toString(), parsed.name(), parsed.kind().unit(),
                Attribution.Method.SEQUENTIAL, AttributionGrouping.EVENT, target.version(), target.version(),
                attribution.before(), attribution.after(), attribution.totalChange(), bars);
    }
}
