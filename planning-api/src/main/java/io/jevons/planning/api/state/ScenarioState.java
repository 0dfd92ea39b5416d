package io.jevons.planning.api.state;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.calibration.Anchor;
import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.event.ActualsRecorded;
import io.jevons.planning.api.event.AnchorRemoved;
import io.jevons.planning.api.event.AnchorSet;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.CommentAdded;
import io.jevons.planning.api.event.ProposalEvent;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ScenarioArchived;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.event.ScenarioLocked;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.event.ScenarioUnlocked;
import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.scenario.ScenarioId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A scenario as its events leave it: the pure {@code evolve(state, event)} that the aggregate, imports and
 * as-of views all replay, so they cannot disagree.
 *
 * @param version events applied so far (1 after the first)
 * @param locked  signed off: its assumptions take no changes until it is unlocked
 * @param tags    names given to versions, in the order they were given (none in states stored before tags existed)
 * @param actuals what really happened, by quarter (none in states stored before actuals existed)
 * @param anchors the planners' own anchors of the calibration, in the order first set (none in older states)
 * @param proposals the proposals to merge this scenario into the one it was forked from, by number (none in older
 *                  states)
 */
public record ScenarioState(ScenarioId scenarioId, String name, Assumptions assumptions, boolean archived,
                            ScenarioId forkedFrom, long version, boolean locked, List<VersionTag> tags,
                            List<QuarterActuals> actuals, List<Anchor> anchors, List<ProposalState> proposals) {

    /** Before the first event. */
    public static final ScenarioState NONE = new ScenarioState(null, null, null, false, null, 0, false, List.of(),
            List.of(), List.of(), List.of());

    public ScenarioState {
        tags = tags == null ? List.of() : List.copyOf(tags);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    public static ScenarioState replay(List<? extends ScenarioEvent> events) {
        ScenarioState state = NONE;
        for (ScenarioEvent event : events) {
            state = state.evolve(event);
        }
        return state;
    }

    public boolean exists() {
        return version > 0;
    }

    /** The ids of the planners' own anchors. */
    public List<String> anchorIds() {
        return anchors.stream().map(Anchor::id).toList();
    }

    public Optional<VersionTag> tag(String tagName) {
        return tags.stream().filter(tag -> tag.name().equals(tagName)).findFirst();
    }

    /** The state after {@code event}; refuses an event that cannot follow (an assumption the model refuses). */
    public ScenarioState evolve(ScenarioEvent event) {
        long next = version + 1;
        if (event instanceof ScenarioCreated created) {
            requireFirst(event);
            return new ScenarioState(created.scenarioId(), created.name(),
                    Assumptions.empty(new Horizon(created.firstQuarter(), created.lastQuarter())), false, null, next,
                    false, List.of(), List.of(), List.of(), List.of());
        } else if (event instanceof ScenarioForked forked) {
            requireFirst(event);
            return new ScenarioState(forked.scenarioId(), forked.name(),
                    Assumptions.empty(new Horizon(forked.firstQuarter(), forked.lastQuarter())), false,
                    forked.sourceScenarioId(), next, false, List.of(), List.of(), List.of(), List.of());
        }
        if (!exists()) {
            throw new IllegalStateException("a scenario's stream starts with its creation, not " + event);
        }
        if (event instanceof ScenarioRenamed renamed) {
            return new ScenarioState(scenarioId, renamed.name(), assumptions, archived, forkedFrom, next, locked, tags,
                    actuals, anchors, proposals);
        } else if (event instanceof ScenarioArchived) {
            return new ScenarioState(scenarioId, name, assumptions, true, forkedFrom, next, locked, tags, actuals, anchors,
                    proposals);
        } else if (event instanceof AssumptionEvent change) {
            return new ScenarioState(scenarioId, name, change.toChange().applyTo(assumptions), archived, forkedFrom,
                    next, locked, tags, actuals, anchors, proposals);
        } else if (event instanceof ScenarioLocked || event instanceof ScenarioUnlocked) {
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next,
                    event instanceof ScenarioLocked, tags, actuals, anchors, proposals);
        } else if (event instanceof VersionTagged tagged) {
            List<VersionTag> named = new ArrayList<>(tags);
            named.add(new VersionTag(tagged.tag(), tagged.version(), next));
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next, locked, named, actuals,
                    anchors, proposals);
        } else if (event instanceof CommentAdded) {
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next, locked, tags, actuals,
                    anchors, proposals);
        } else if (event instanceof ActualsRecorded recorded) {
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next, locked, tags,
                    withActuals(recorded), anchors, proposals);
        } else if (event instanceof AnchorSet set) {
            List<Anchor> own = new ArrayList<>(anchors);
            own.replaceAll(anchor -> anchor.id().equals(set.anchor()) ? set.toAnchor() : anchor);
            if (own.stream().noneMatch(anchor -> anchor.id().equals(set.anchor()))) {
                own.add(set.toAnchor());
            }
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next, locked, tags, actuals,
                    own, proposals);
        } else if (event instanceof AnchorRemoved removed) {
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next, locked, tags, actuals,
                    anchors.stream().filter(anchor -> !anchor.id().equals(removed.anchor())).toList(), proposals);
        } else if (event instanceof ProposalEvent proposal) {
            return new ScenarioState(scenarioId, name, assumptions, archived, forkedFrom, next, locked, tags, actuals,
                    anchors, withProposal(proposal));
        }
        throw new IllegalArgumentException("unknown scenario event " + event.getClass().getName());
    }

    public Optional<ProposalState> proposal(int number) {
        return number >= 1 && number <= proposals.size() ? Optional.of(proposals.get(number - 1)) : Optional.empty();
    }

    /** The proposal still open, if one is: a scenario has one at a time. */
    public Optional<ProposalState> openProposal() {
        return proposals.stream().filter(ProposalState::open).findFirst();
    }

    private List<ProposalState> withProposal(ProposalEvent event) {
        List<ProposalState> next = new ArrayList<>(proposals);
        if (event instanceof ProposalOpened opened) {
            next.add(ProposalState.opened(opened));
        } else {
            next.set(event.proposal() - 1, next.get(event.proposal() - 1).evolve(event));
        }
        return next;
    }

    private List<QuarterActuals> withActuals(ActualsRecorded recorded) {
        List<QuarterActuals> next = new ArrayList<>(actuals.size() + 1);
        QuarterActuals recordedBefore = new QuarterActuals(recorded.quarter(), null, null, null);
        for (QuarterActuals quarter : actuals) {
            if (quarter.quarter().equals(recorded.quarter())) {
                recordedBefore = quarter;
            } else {
                next.add(quarter);
            }
        }
        next.add(recordedBefore.with(recorded));
        next.sort(Comparator.comparing(QuarterActuals::quarter));
        return next;
    }

    private void requireFirst(ScenarioEvent event) {
        if (exists()) {
            throw new IllegalStateException("scenario " + scenarioId + " exists already; " + event + " cannot follow");
        }
    }
}
