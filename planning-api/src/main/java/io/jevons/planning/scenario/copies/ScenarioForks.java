package io.jevons.planning.scenario.copies;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ForkScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionRange;
import io.jevons.planning.api.state.VersionTag;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.http.ResourceNotFound;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Starts a scenario from another as it stood at a version or a moment, read from the event store. */
@Component
public class ScenarioForks {

    private final ScenarioHistory history;
    private final AuditedCommands commands;

    ScenarioForks(ScenarioHistory history, AuditedCommands commands) {
        this.history = history;
        this.commands = commands;
    }

    /** Answers the version of the new scenario. */
    public long fork(ScenarioId source, ScenarioId fork, String name, Long asOfVersion, Instant asOfTime, String reason) {
        if (asOfVersion != null && asOfTime != null) {
            throw InvalidAssumptionsException.of("asOfVersion", "give asOfVersion or asOfTime, not both");
        }
        return forkOf(eventsOf(source), source, fork, name, asOfVersion, asOfTime, reason);
    }

    /** Restores a named version: a fork of the source at the version the name stands for. */
    public long forkFromTag(ScenarioId source, ScenarioId fork, String name, String tag, String reason) {
        List<RecordedEvent> events = eventsOf(source);
        ScenarioState state = RecordedEvent.replay(events);
        VersionTag named = state.tag(tag).orElseThrow(() -> new ResourceNotFound("version named \"" + tag
                + "\" of scenario " + source));
        return forkOf(events, source, fork, name, named.version(), null, reason);
    }

    private List<RecordedEvent> eventsOf(ScenarioId source) {
        List<RecordedEvent> events = history.read(source);
        if (events.isEmpty()) {
            throw new ResourceNotFound("scenario " + source);
        }
        return events;
    }

    private long forkOf(List<RecordedEvent> events, ScenarioId source, ScenarioId fork, String name, Long asOfVersion,
                        Instant asOfTime, String reason) {
        if (asOfVersion != null) {
            VersionRange.check(source, events.size(), asOfVersion, "asOfVersion");
        }
        List<RecordedEvent> kept = events.stream()
                .filter(event -> asOfVersion == null || event.version() <= asOfVersion)
                .filter(event -> asOfTime == null || !event.time().isAfter(asOfTime))
                .toList();
        if (kept.isEmpty()) {
            throw InvalidAssumptionsException.of("asOfTime", "scenario " + source + " did not exist yet at " + asOfTime);
        }
        List<ForkScenario.CopiedChange> changes = new ArrayList<>();
        for (RecordedEvent event : kept) {
            if (event.event() instanceof AssumptionEvent assumption) {
                changes.add(new ForkScenario.CopiedChange(assumption, event.user(), event.time()));
            }
        }
        long sourceVersion = kept.get(kept.size() - 1).version();
        commands.send(new ForkScenario(fork, name, horizonOf(kept.get(0)), source, sourceVersion, changes, reason));
        return 1 + changes.size();
    }

    private static Horizon horizonOf(RecordedEvent first) {
        if (first.event() instanceof ScenarioCreated created) {
            return new Horizon(created.firstQuarter(), created.lastQuarter());
        }
        ScenarioForked forked = (ScenarioForked) first.event();
        return new Horizon(forked.firstQuarter(), forked.lastQuarter());
    }
}
