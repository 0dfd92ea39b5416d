package io.jevons.planning.proposals;

import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.proposal.CloseProposal;
import io.jevons.planning.api.proposal.CommentOnProposal;
import io.jevons.planning.api.proposal.OpenedProposal;
import io.jevons.planning.api.proposal.ReviewProposal;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Proposals: a fork's changes offered to the scenario it was forked from, reviewed, then merged or closed. Each step
 * is an event of the fork; the merge also one of the target. Read them through {@code GET .../proposals}.
 */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/proposals")
@Tag(name = "Proposals")
class ProposalCommandController {

    record OpenRequest(String title, String description) {
    }

    record ProposalResponse(ScenarioId scenarioId, int proposal, long version) {
    }

    record CommentRequest(String text, Long aboutVersion) {
    }

    record ReviewRequest(ReviewVerdict verdict, String text) {
    }

    record CloseRequest(String reason) {
    }

    private final Proposals proposals;
    private final AuditedCommands commands;

    ProposalCommandController(Proposals proposals, AuditedCommands commands) {
        this.proposals = proposals;
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Propose to merge this fork's changes (since it was forked, or since its last merged "
            + "proposal) into the scenario it was forked from; one open proposal at a time")
    ResponseEntity<ProposalResponse> open(@PathVariable UUID scenarioId, @RequestBody OpenRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        OpenedProposal opened = proposals.open(id, request.title(), request.description());
        return ResponseEntity.created(URI.create("/api/scenarios/" + id + "/proposals/" + opened.proposal()))
                .body(new ProposalResponse(id, opened.proposal(), opened.version()));
    }

    @PostMapping("/{proposal}/comments")
    @Operation(summary = "Comment on the proposal, or on the change of its scenario that made aboutVersion "
            + "(viewers too)")
    ResponseEntity<ScenarioVersionResponse> comment(@PathVariable UUID scenarioId, @PathVariable int proposal,
                                                    @RequestBody CommentRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return ScenarioVersionResponse.ok(id, commands.send(new CommentOnProposal(id, proposal, request.text(),
                request.aboutVersion())));
    }

    @PostMapping("/{proposal}/reviews")
    @Operation(summary = "Approve the proposal (verdict APPROVED) or ask for changes (CHANGES_REQUESTED, with a "
            + "text); viewers too. A merge needs the latest review to approve, by someone other than the author")
    ResponseEntity<ScenarioVersionResponse> review(@PathVariable UUID scenarioId, @PathVariable int proposal,
                                                   @RequestBody ReviewRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return ScenarioVersionResponse.ok(id, commands.send(new ReviewProposal(id, proposal, request.verdict(),
                request.text())));
    }

    @PostMapping("/{proposal}/close")
    @Operation(summary = "Close the proposal without merging it; it takes nothing more")
    ResponseEntity<ScenarioVersionResponse> close(@PathVariable UUID scenarioId, @PathVariable int proposal,
                                                  @RequestBody(required = false) CloseRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return ScenarioVersionResponse.ok(id, commands.send(new CloseProposal(id, proposal,
                request == null ? null : request.reason())));
    }

    @PostMapping("/{proposal}/merge")
    @Operation(summary = "Merge the approved proposal into its target as one change: If-Match is the target's "
            + "version, sourceVersion the proposal's scenario's version you reviewed; every conflict needs a "
            + "resolution (take TARGET, PROPOSAL or EDIT with plan cells), else 409 lists them. Answers the target's "
            + "new version")
    ResponseEntity<ScenarioVersionResponse> merge(@PathVariable UUID scenarioId, @PathVariable int proposal,
                                                  ChangeHeaders headers, @RequestBody MergeRequest request) {
        return proposals.merge(new ScenarioId(scenarioId), proposal, headers, request);
    }
}
