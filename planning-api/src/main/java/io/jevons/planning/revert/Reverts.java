package io.jevons.planning.revert;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.merge.ChangedItems;
import io.jevons.capacity.merge.Conflicts;
import io.jevons.capacity.merge.Inverses;
import io.jevons.capacity.merge.NotRevertible;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ChangeAssumption;
import io.jevons.planning.api.scenario.ConflictingChanges;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionRange;
import io.jevons.planning.http.ResourceNotFound;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Undoes one past assumption change with a new one: the inverse, worked out from the assumptions before the change,
 * made at the version the planner saw. Refused, with the later changes listed, when a later change set the same
 * assumption: undoing the first would silently undo part of the later one, or nothing.
 */
@Component
class Reverts {

    private final ScenarioHistory history;
    private final ScenarioUpdates updates;

    Reverts(ScenarioHistory history, ScenarioUpdates updates) {
        this.history = history;
        this.updates = updates;
    }

    ResponseEntity<ScenarioVersionResponse> revert(ScenarioId id, long version, ChangeHeaders headers, String reason) {
        long expectedVersion = headers.expectedVersion();
        Evidence evidence = headers.parsedEvidence();
        List<RecordedEvent> events = history.readUpTo(id, expectedVersion);
        if (events.isEmpty()) {
            throw new ResourceNotFound("scenario " + id);
        }
        VersionRange.check(id, events.size(), version, "version");
        RecordedEvent reverted = events.get((int) version - 1);
        if (!(reverted.event() instanceof AssumptionEvent assumption)) {
            throw InvalidAssumptionsException.of("version", "version " + version + " changed no assumption (\""
                    + reverted.summary() + "\"): only assumption changes are reverted");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidAssumptionsException.of("reason", "say why you revert version " + version);
        }
        AssumptionChange change = assumption.toChange();
        List<ChangeRecord> conflicting = Conflicts.touching(ChangedItems.of(change),
                ChangeRecord.of(events.subList((int) version, events.size())), ChangeRecord::toChange);
        if (!conflicting.isEmpty()) {
            throw new ConflictingChanges("version", "later changes set the same assumptions as version " + version
                    + ": revert them first, or set the figures anew",
                    conflicting.stream().map(ConflictingChanges::describe).toList());
        }
        ScenarioState before = RecordedEvent.replay(events.subList(0, (int) version - 1));
        AssumptionChange inverse;
        try {
            inverse = Inverses.of(change, before.assumptions());
        } catch (NotRevertible refused) {
            throw InvalidAssumptionsException.of("version", "version " + version + " cannot be reverted: "
                    + refused.getMessage());
        }
        String why = "revert of v" + version + ": " + reason.strip();
        return updates.send(id, expectedVersion, at -> new ChangeAssumption(id, at, inverse, why, evidence));
    }
}
