package io.jevons.projection.runtime;

import io.jevons.projection.engine.EngineChanges;
import io.jevons.projection.readmodel.ProjectionCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;

/**
 * Ends a replay: once the rebuilt generation has caught up with the event store, its projection rows are written,
 * the figures that moved with the engine version recorded, and reads switched to it; a while after a switch the
 * retired generations are dropped.
 */
@Component
class GenerationSwitch {

    private static final Logger log = LoggerFactory.getLogger(GenerationSwitch.class);
    /** How long a retired generation is kept after a switch, so other nodes can stop writing to it first. */
    private static final Duration RETIREMENT_GRACE = Duration.ofSeconds(30);

    private final Generations generations;
    private final ReplayProgress progress;
    private final Projectors projectors;
    private final EngineChanges engineChanges;
    private final TransactionTemplate transactions;

    GenerationSwitch(Generations generations, ReplayProgress progress, Projectors projectors,
                     EngineChanges engineChanges, TransactionTemplate transactions) {
        this.generations = generations;
        this.progress = progress;
        this.projectors = projectors;
        this.engineChanges = engineChanges;
        this.transactions = transactions;
    }

    void switchIfCaughtUp(GenerationState state) {
        Generation rebuilt = state.rebuilding();
        if (rebuilt == null || !progress.caughtUp(rebuilt)) {
            return;
        }
        int projected = new ProjectionCatchUp(projectors.store(rebuilt), transactions).run();
        int moved = engineChanges.record(state.active(), rebuilt);
        if (generations.switchTo(rebuilt)) {
            log.info("Read models: projected {} scenarios and switched reads to rebuilt generation {}; {} outputs "
                    + "moved with the engine version", projected, rebuilt.number(), moved);
        }
    }

    void dropRetired(GenerationState state) {
        if (state.switchedAt() == null || !state.switchedAt().plus(RETIREMENT_GRACE).isBefore(Instant.now())) {
            return;
        }
        for (Generation retired : generations.retired()) {
            generations.drop(retired);
            log.info("Read models: dropped retired generation {}", retired.number());
        }
    }
}
