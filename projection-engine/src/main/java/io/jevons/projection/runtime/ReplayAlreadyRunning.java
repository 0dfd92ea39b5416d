package io.jevons.projection.runtime;

import io.jevons.planning.http.ProblemTypes;
import io.jevons.planning.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** One replay at a time: the next generation is still being built (409). */
public class ReplayAlreadyRunning extends ErrorResponseException {

    public ReplayAlreadyRunning(Generation rebuilding) {
        super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Replay running", null,
                "a replay into read-model generation " + rebuilding.number() + " is still running"), null);
    }
}
