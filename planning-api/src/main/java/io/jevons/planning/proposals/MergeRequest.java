package io.jevons.planning.proposals;

import io.jevons.capacity.plan.PlanEdit;

import java.util.List;

/**
 * What a merger decided: the version of the proposal's scenario that was reviewed, how each conflict is resolved,
 * and why the proposal goes in.
 */
record MergeRequest(Long sourceVersion, List<Resolution> resolutions, String reason) {

    MergeRequest {
        resolutions = resolutions == null ? List.of() : resolutions;
    }

    /** Which side of a conflict the merge takes; {@code EDIT} takes neither and sets the item to typed plan cells. */
    enum Take { TARGET, PROPOSAL, EDIT }

    /**
     * @param item  the conflict's item ({@code model-mix/2026Q1}), as the proposal lists it
     * @param edits for {@code EDIT}: plan cells, as {@code POST /plan/edits} takes them
     */
    record Resolution(String item, Take take, List<PlanEdit> edits, String reason) {
    }
}
