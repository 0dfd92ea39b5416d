package io.jevons.projection.runtime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Admins rebuild every read model from the event store; reads continue from the current ones meanwhile. */
@RestController
@Tag(name = "Admin")
class ReplayController {

    private final Replays replays;
    private final ReplayProgress progress;

    ReplayController(Replays replays, ReplayProgress progress) {
        this.replays = replays;
        this.progress = progress;
    }

    @PostMapping("/api/admin/replay")
    @Operation(summary = "Rebuild every read model from the event store into a new generation; reads switch to it "
            + "when it has caught up")
    ResponseEntity<ReplayStatus> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/replay")).body(replays.start());
    }

    @GetMapping("/api/admin/replay")
    @Operation(summary = "Progress of the replay: events done of total, events per second")
    ReplayStatus status() {
        return progress.status();
    }
}
