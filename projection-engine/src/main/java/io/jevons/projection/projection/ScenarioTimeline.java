package io.jevons.projection.projection;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionRange;
import io.jevons.planning.http.ResourceNotFound;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A scenario as it stood at any moment, computed from its events in the event store; at its latest version, the read
 * models' state once they hold that version (the event store's index says which version is the latest).
 */
@Component
public class ScenarioTimeline {

    private final ScenarioHistory history;
    private final ProjectionRepository readModel;

    ScenarioTimeline(ScenarioHistory history, ProjectionRepository readModel) {
        this.history = history;
        this.readModel = readModel;
    }

    /** Every event of the scenario; refuses an unknown scenario. */
    public List<RecordedEvent> events(ScenarioId id) {
        List<RecordedEvent> all = history.read(id);
        if (all.isEmpty()) {
            throw new ResourceNotFound("scenario " + id);
        }
        return all;
    }

    /** The scenario's events up to {@code asOf}; refuses a moment before the scenario existed. */
    public List<RecordedEvent> eventsUpTo(ScenarioId id, AsOf asOf, String field) {
        return upTo(id, events(id), asOf, field);
    }

    /** The events of {@code all}, a scenario's whole stream as {@link #events} reads it, up to {@code asOf}. */
    public static List<RecordedEvent> upTo(ScenarioId id, List<RecordedEvent> all, AsOf asOf, String field) {
        // a named version is looked up in the scenario's state, which only a replay of every event gives
        AsOf moment = asOf.tag() == null ? asOf : asOf.resolvedIn(RecordedEvent.replay(all), field);
        if (moment.version() != null) {
            VersionRange.check(id, all.size(), moment.version(), field);
        }
        List<RecordedEvent> kept = all.stream().filter(moment::includes).toList();
        if (kept.isEmpty()) {
            throw InvalidAssumptionsException.of(field, "scenario " + id + " did not exist yet at " + moment.text()
                    + "; it was created " + all.get(0).time());
        }
        return kept;
    }

    /**
     * The scenario at {@code asOf}: now, without reading its history when the read models hold its latest version; at
     * a version, a named one or a moment the audit log places, from the nearest snapshot at or below it; else (a moment
     * before the scenario, or while the audit log catches up) folded from the start.
     */
    public ScenarioState stateAt(ScenarioId id, AsOf asOf, String field) {
        if (asOf.isNow()) {
            return now(id);
        }
        long latest = latestVersion(id);
        AsOf moment = asOf.tag() == null ? asOf : asOf.resolvedIn(now(id, latest), field);
        if (moment.version() != null) {
            return atVersion(id, moment.version(), latest, field);
        }
        return readModel.versionAt(id, moment.time(), latest)
                .map(version -> atVersion(id, version, latest, field))
                .orElseGet(() -> RecordedEvent.replay(eventsUpTo(id, asOf, field)));
    }

    /** The scenario at {@code version} of {@code latest}: the newest snapshot at or below it, with the events after it. */
    private ScenarioState atVersion(ScenarioId id, long version, long latest, String field) {
        VersionRange.check(id, latest, version, field);
        ScenarioState state = readModel.snapshot(id, version).orElse(ScenarioState.NONE);
        for (RecordedEvent event : history.readBetween(id, state.version(), version)) {
            state = state.evolve(event.event());
        }
        return state;
    }

    /**
     * The scenario at its latest version: the read models' state when it is that version (one row, and the version
     * from the event store's index), the events folded only while the read models catch up (a change just saved).
     */
    public ScenarioState now(ScenarioId id) {
        return now(id, latestVersion(id));
    }

    private ScenarioState now(ScenarioId id, long latest) {
        return readModel.state(id).filter(state -> state.version() == latest)
                .orElseGet(() -> RecordedEvent.replay(events(id)));
    }

    /** The scenario's latest version, from the event store's index; refuses an unknown scenario. */
    private long latestVersion(ScenarioId id) {
        long latest = history.currentVersion(id);
        if (latest == 0) {
            throw new ResourceNotFound("scenario " + id);
        }
        return latest;
    }
}
