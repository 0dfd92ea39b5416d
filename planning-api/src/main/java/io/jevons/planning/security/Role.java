package io.jevons.planning.security;

/**
 * What a user may do: viewers read, planners also change assumptions, admins also replay. A monitor (the
 * metrics scraper) reads the metrics and nothing else.
 */
public enum Role {
    VIEWER, PLANNER, ADMIN, MONITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
