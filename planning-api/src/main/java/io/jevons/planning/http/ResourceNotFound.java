package io.jevons.planning.http;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 404 as problem details, e.g. for a scenario id nobody created. */
public class ResourceNotFound extends ErrorResponseException {

    public ResourceNotFound(String what) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", null,
                what + " does not exist"), null);
    }
}
