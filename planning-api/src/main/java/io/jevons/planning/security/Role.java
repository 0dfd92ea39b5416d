package io.jevons.planning.security;

/** What a user may do: viewers read, planners also change assumptions, admins also replay. */
public enum Role {
    VIEWER, PLANNER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
