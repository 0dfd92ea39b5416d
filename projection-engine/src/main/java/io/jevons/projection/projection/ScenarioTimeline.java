package io.jevons.projection.projection;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.history.RecordedEvent;
import io.jevons.planning.history.ScenarioHistory;
import io.jevons.planning.scenario.ScenarioState;
import io.jevons.planning.web.ResourceNotFound;
import org.springframework.stereotype.Component;

import java.util.List;

/** A scenario as it stood at any moment, computed from its events in the event store (never from a copy). */
@Component
public class ScenarioTimeline {

    private final ScenarioHistory history;

    ScenarioTimeline(ScenarioHistory history) {
        this.history = history;
    }

    /** The scenario's events up to {@code asOf}; refuses a moment before the scenario existed. */
    public List<RecordedEvent> eventsUpTo(ScenarioId id, AsOf asOf, String field) {
        List<RecordedEvent> all = history.read(id);
        if (all.isEmpty()) {
            throw new ResourceNotFound("scenario " + id);
        }
        // a named version is looked up in the scenario's state, which only a replay of every event gives
        return upTo(id, all, asOf.tag() == null ? asOf : asOf.resolvedIn(replay(all), field), field);
    }

    private static List<RecordedEvent> upTo(ScenarioId id, List<RecordedEvent> all, AsOf asOf, String field) {
        if (asOf.version() != null && (asOf.version() < 1 || asOf.version() > all.size())) {
            throw InvalidAssumptionsException.of(field, "scenario " + id + " has versions 1 to " + all.size()
                    + ", not " + asOf.version());
        }
        List<RecordedEvent> kept = all.stream().filter(asOf::includes).toList();
        if (kept.isEmpty()) {
            throw InvalidAssumptionsException.of(field, "scenario " + id + " did not exist yet at " + asOf.text()
                    + "; it was created " + all.get(0).time());
        }
        return kept;
    }

    public ScenarioState stateAt(ScenarioId id, AsOf asOf, String field) {
        return replay(eventsUpTo(id, asOf, field));
    }

    public static ScenarioState replay(List<RecordedEvent> events) {
        List<ScenarioEvent> payloads = events.stream().map(RecordedEvent::event).toList();
        return ScenarioState.replay(payloads);
    }
}
