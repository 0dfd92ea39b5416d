package io.jevons.capacity.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when assumptions break a rule of the model; carries every violation found so that a
 * caller can show each next to its field. The model never answers invalid input with NaN or zero.
 */
public final class InvalidAssumptionsException extends RuntimeException {

    private final List<AssumptionViolation> violations;

    public InvalidAssumptionsException(List<AssumptionViolation> violations) {
        super(violations.stream().map(AssumptionViolation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-assumptions error needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidAssumptionsException(AssumptionViolation violation) {
        this(List.of(violation));
    }

    public static InvalidAssumptionsException of(String field, String reason) {
        return new InvalidAssumptionsException(new AssumptionViolation(field, reason));
    }

    /** The same violations, each field named within {@code parent} ({@code parent.field}). */
    public InvalidAssumptionsException within(String parent) {
        return new InvalidAssumptionsException(violations.stream()
                .map(violation -> new AssumptionViolation(parent + "." + violation.field(), violation.reason()))
                .toList());
    }

    public List<AssumptionViolation> violations() {
        return violations;
    }
}
