package io.jevons.projection;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the command side and the projection engine together for the read-model tests. */
@SpringBootApplication(scanBasePackages = "io.jevons")
class ProjectionEngineTestApplication {
}
