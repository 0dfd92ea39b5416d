package io.jevons.projection.generation;

/** One replay at a time: the next generation is still being built. */
public class ReplayAlreadyRunning extends RuntimeException {

    public ReplayAlreadyRunning(Generation rebuilding) {
        super("a replay into read-model generation " + rebuilding.number() + " is still running");
    }
}
