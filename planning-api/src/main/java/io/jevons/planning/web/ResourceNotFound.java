package io.jevons.planning.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 as problem details, e.g. for a scenario id nobody created. */
public class ResourceNotFound extends ErrorResponseException {

    public ResourceNotFound(String what) {
        super(HttpStatus.NOT_FOUND, problem(what), null);
    }

    private static ProblemDetail problem(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what + " does not exist");
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }
}
