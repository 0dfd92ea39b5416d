package io.jevons.planning;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the planning API alone for its integration tests. */
@SpringBootApplication
class PlanningApiTestApplication {
}
