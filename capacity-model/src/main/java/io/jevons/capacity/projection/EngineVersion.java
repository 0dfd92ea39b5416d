package io.jevons.capacity.projection;

/**
 * Which version of the capacity model's arithmetic computed a projection. It changes whenever the same assumptions
 * would give different numbers (a formula fixed, a rounding changed), never for a refactoring that leaves every
 * number alone; {@code EngineVersionTest} fails when the numbers move and this does not.
 */
public final class EngineVersion {

    /** Year.month.release of the arithmetic. */
    public static final String CURRENT = "2026.11.1";

    private EngineVersion() {
    }
}
