package io.jevons.planning.scenario.requests;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.VersionTags;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** What a command endpoint answers: the scenario and its version after the change, the version also as ETag. */
public record ScenarioVersionResponse(ScenarioId scenarioId, long version) {

    public static ResponseEntity<ScenarioVersionResponse> ok(ScenarioId id, long version) {
        return ResponseEntity.ok().eTag(VersionTags.of(version)).body(new ScenarioVersionResponse(id, version));
    }

    /** 201 with {@code Location}: what the command made (a scenario, a tag, a comment) is found there. */
    public static ResponseEntity<ScenarioVersionResponse> created(String location, ScenarioId id, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(VersionTags.of(version))
                .body(new ScenarioVersionResponse(id, version));
    }
}
