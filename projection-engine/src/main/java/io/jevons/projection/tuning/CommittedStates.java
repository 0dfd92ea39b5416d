package io.jevons.projection.tuning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;

import java.util.Collection;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The states this node's projector last committed, so that the next batch of a busy scenario need not read and
 * parse its stored state (tens of kilobytes of JSON) again (docs/tuning.md). A remembered state is used only while the stored version still equals it; any other writer
 * (another node that held the segment meanwhile, a reset generation) makes the projector read the stored one.
 * States are immutable, so sharing them between batches is safe.
 */
public final class CommittedStates {

    private static final int SCENARIOS = 512;

    private final Cache<ScenarioId, ScenarioState> states = Caffeine.newBuilder().maximumSize(SCENARIOS).build();

    /**
     * The remembered state of {@code id} if it is the stored one; the stored version is asked for only when a state
     * is remembered, so a scenario this node has not committed costs no extra query.
     */
    public Optional<ScenarioState> stored(ScenarioId id, LongSupplier storedVersion) {
        ScenarioState remembered = states.getIfPresent(id);
        return remembered != null && remembered.version() == storedVersion.getAsLong()
                ? Optional.of(remembered) : Optional.empty();
    }

    /** Called once their transaction has committed. */
    public void remember(Collection<ScenarioState> committed) {
        committed.forEach(state -> states.put(state.scenarioId(), state));
    }
}
