package io.jevons.planning.scenario;

import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.event.ActualsRecorded;
import io.jevons.planning.api.event.AnchorRemoved;
import io.jevons.planning.api.event.AnchorSet;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.AssumptionsChanged;
import io.jevons.planning.api.event.ChangesMerged;
import io.jevons.planning.api.event.CommentAdded;
import io.jevons.planning.api.event.ProposalEvent;
import io.jevons.planning.api.event.ScenarioArchived;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.event.ScenarioLocked;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.event.ScenarioUnlocked;
import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioIsArchived;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionRange;
import io.jevons.planning.api.versions.ScenarioIsLocked;

/**
 * Whether an event may follow a scenario's state: the rules of every command, as one pure function. The aggregate
 * checks each event it is about to record with it, and an imported history each of its events, so that a file can
 * store nothing a planner could not. {@link ScenarioState#evolve} only folds (with the capacity model's rules), so
 * that a stored history always replays, whatever rules came later.
 */
public final class ScenarioRules {

    private ScenarioRules() {
    }

    /** The state after {@code event}, if these rules and the capacity model accept it. */
    public static ScenarioState accept(ScenarioState state, ScenarioEvent event) {
        check(state, event);
        return state.evolve(event);
    }

    /** Refuses a scenario name that no command would store (field {@code name}). */
    public static void checkName(String name) {
        Violations violations = new Violations();
        ScenarioName.check(violations, name);
        violations.throwIfAny();
    }

    /** Refuses an event that no command could have recorded at {@code state}; the capacity model's rules aside. */
    static void check(ScenarioState state, ScenarioEvent event) {
        if (state.exists()) {
            checkState(state, event);
        }
        Violations violations = new Violations();
        Reasons.check(violations, event.reason(), event instanceof AssumptionEvent);
        if (event instanceof ScenarioCreated created) {
            ScenarioName.check(violations, created.name());
        } else if (event instanceof ScenarioForked forked) {
            ScenarioName.check(violations, forked.name());
        } else if (event instanceof ScenarioRenamed renamed) {
            ScenarioName.check(violations, renamed.name());
        } else if (event instanceof VersionTagged tagged) {
            TagName.check(violations, tagged.tag());
        } else if (event instanceof CommentAdded comment) {
            CommentText.check(violations, comment.text());
        } else if (event instanceof AssumptionsChanged set) {
            checkSet(violations, set);
        } else if (event instanceof ActualsRecorded recorded && state.exists()) {
            ActualFigures.check(violations, recorded, state.assumptions().horizon());
        } else if (event instanceof AnchorSet set && state.exists()) {
            OwnAnchors.check(violations, set, state.assumptions().horizon(), state.anchorIds());
        } else if (event instanceof AnchorRemoved removed && state.exists()) {
            OwnAnchors.check(violations, removed, state.anchorIds());
        } else if (event instanceof ProposalEvent proposal && state.exists()) {
            ProposalRules.check(state, proposal, violations);
        } else if (event instanceof ChangesMerged merged) {
            checkMerge(violations, merged);
        }
        violations.throwIfAny();
        if (event instanceof VersionTagged tagged) {
            checkTag(state, tagged);
        } else if (event instanceof CommentAdded comment && comment.aboutVersion() != null) {
            VersionRange.check(state.scenarioId(), state.version(), comment.aboutVersion(), "aboutVersion");
        }
    }

    /** A merge holds single changes of its own scenario, at least one, each with its reason. */
    private static void checkMerge(Violations violations, ChangesMerged merged) {
        if (merged.changes().isEmpty()) {
            violations.add("changes", "a merge holds at least one change");
        }
        for (int i = 0; i < merged.changes().size(); i++) {
            AssumptionEvent item = merged.changes().get(i).change();
            String field = "changes[" + i + "]";
            if (item == null || item instanceof AssumptionsChanged || item instanceof ChangesMerged) {
                violations.add(field, "a merge holds single changes");
            } else if (!merged.scenarioId().equals(item.scenarioId())) {
                violations.add(field + ".scenarioId", "a change of a merge belongs to the merge's scenario");
            }
            Reasons.check(violations, merged.changes().get(i).reason(), true);
        }
    }

    /** A set holds single changes of its own scenario, at least one, and they share its reason. */
    private static void checkSet(Violations violations, AssumptionsChanged set) {
        if (set.changes().isEmpty()) {
            violations.add("changes", "a change set holds at least one change");
        }
        for (int i = 0; i < set.changes().size(); i++) {
            AssumptionEvent item = set.changes().get(i);
            String field = "changes[" + i + "]";
            if (item == null || item instanceof AssumptionsChanged) {
                violations.add(field, "a change set holds single changes");
            } else if (!set.scenarioId().equals(item.scenarioId())) {
                violations.add(field + ".scenarioId", "a change of a set belongs to the set's scenario");
            } else if (item.reason() != null) {
                violations.add(field + ".reason", "the changes of a set share the set's reason");
            }
        }
    }

    /**
     * An archived scenario takes comments only (and the unlock of a plan signed off before); a locked one takes no
     * change of its assumptions, name or standing.
     */
    private static void checkState(ScenarioState state, ScenarioEvent event) {
        if (state.archived() && !(event instanceof CommentAdded || event instanceof ScenarioUnlocked)) {
            throw new ScenarioIsArchived(state.scenarioId());
        }
        if (event instanceof AssumptionEvent || event instanceof ScenarioRenamed || event instanceof ScenarioArchived) {
            requireTakesChanges(state);
        } else if (event instanceof ScenarioLocked && state.locked()) {
            throw new ScenarioConflict("locked", "scenario " + state.scenarioId() + " is locked already");
        } else if (event instanceof ScenarioUnlocked && !state.locked()) {
            throw new ScenarioConflict("locked", "scenario " + state.scenarioId() + " is not locked");
        }
    }

    /** The scenario is neither archived nor locked: its assumptions, name and standing may change. */
    static void requireTakesChanges(ScenarioState state) {
        if (state.archived()) {
            throw new ScenarioIsArchived(state.scenarioId());
        }
        if (state.locked()) {
            throw new ScenarioIsLocked(state.scenarioId());
        }
    }

    private static void checkTag(ScenarioState state, VersionTagged tagged) {
        VersionRange.check(state.scenarioId(), state.version(), tagged.version(), "version");
        if (state.tags().size() >= TagName.MAX_TAGS) {
            throw new ScenarioConflict("tag", "a scenario has at most " + TagName.MAX_TAGS + " named versions");
        }
        state.tag(tagged.tag()).ifPresent(taken -> {
            throw new ScenarioConflict("tag", "scenario " + state.scenarioId() + " already has a version named \""
                    + tagged.tag() + "\" (version " + taken.version() + "); names stay with their version");
        });
    }
}
