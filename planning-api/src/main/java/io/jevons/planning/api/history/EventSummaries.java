package io.jevons.planning.api.history;

import io.jevons.capacity.change.Format;
import io.jevons.planning.api.event.ActualsRecorded;
import io.jevons.planning.api.event.AnchorRemoved;
import io.jevons.planning.api.event.AnchorSet;
import io.jevons.planning.api.event.AssumptionEvent;
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

/** What an event did, in a sentence for the history and the audit log. */
public final class EventSummaries {

    private EventSummaries() {
    }

    private static String figure(String label, Number value) {
        return value == null ? "" : label + Format.number(value.doubleValue());
    }

    static String count(int n, String noun) {
        return Format.number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    public static String of(ScenarioEvent event) {
        if (event instanceof ChangesMerged merged) {
            return "Merged proposal \"" + merged.title() + "\": " + count(merged.changes().size(), "change");
        } else if (event instanceof AssumptionEvent change) {
            return change.toChange().summary();
        } else if (event instanceof ScenarioCreated created) {
            return "Created \"" + created.name() + "\" for " + created.firstQuarter() + ".." + created.lastQuarter();
        } else if (event instanceof ScenarioForked forked) {
            return "Forked \"" + forked.name() + "\" from scenario " + forked.sourceScenarioId() + " at version "
                    + forked.sourceVersion();
        } else if (event instanceof ScenarioRenamed renamed) {
            return "Renamed to \"" + renamed.name() + "\"";
        } else if (event instanceof ScenarioArchived) {
            return "Archived";
        } else if (event instanceof VersionTagged tagged) {
            return "Named version " + tagged.version() + " \"" + tagged.tag() + "\"";
        } else if (event instanceof ScenarioLocked) {
            return "Locked";
        } else if (event instanceof ScenarioUnlocked) {
            return "Unlocked";
        } else if (event instanceof CommentAdded comment) {
            return (comment.aboutVersion() == null ? "Comment: " : "Comment on version " + comment.aboutVersion() + ": ")
                    + comment.text();
        } else if (event instanceof ActualsRecorded actuals) {
            return "Actuals for " + actuals.quarter() + ":" + figure(" chips delivered ", actuals.chipsDelivered())
                    + figure(" tokens served ", actuals.tokensServed())
                    + (actuals.spend() == null ? "" : " spend " + actuals.spend());
        } else if (event instanceof AnchorSet anchor) {
            return "Anchor \"" + anchor.name() + "\" for " + anchor.period() + ": "
                    + anchor.quantity().unit().format(anchor.value()) + " (" + anchor.source() + ")";
        } else if (event instanceof AnchorRemoved removed) {
            return "Removed anchor " + removed.anchor();
        } else if (event instanceof ProposalEvent proposal) {
            return ProposalSummaries.of(proposal);
        }
        return event.getClass().getSimpleName();
    }
}
