package io.jevons.projection.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Starts rebuilding every read model from the event store into a fresh generation. */
@Component
public class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final Generations generations;
    private final ReadModelProcessors processors;
    private final ReplayProgress progress;

    Replays(Generations generations, ReadModelProcessors processors, ReplayProgress progress) {
        this.generations = generations;
        this.processors = processors;
        this.progress = progress;
    }

    public ReplayStatus start() {
        Generation target = generations.startRebuild(progress.head());
        log.info("Replay started: rebuilding every read model into generation {} while generation {} serves reads",
                target.number(), generations.active().number());
        processors.reconcile();
        return progress.status();
    }
}
