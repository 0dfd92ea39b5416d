package io.jevons.planning.transfer;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.scenario.ScenarioVersionResponse;
import io.jevons.planning.web.VersionTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.UUID;

/** Moves a scenario's whole history between installations: export as a JSON file, import as a new scenario. */
@RestController
@Tag(name = "Scenarios")
class ScenarioTransferController {

    private final ScenarioExports exports;
    private final ScenarioFileImports imports;

    ScenarioTransferController(ScenarioExports exports, ScenarioFileImports imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping("/api/scenarios/{scenarioId}/export")
    @Operation(summary = "The scenario's whole event history as a file another installation can import")
    ResponseEntity<ScenarioHistoryFile> export(@PathVariable UUID scenarioId, Principal principal) {
        ScenarioHistoryFile file = exports.export(new ScenarioId(scenarioId), principal.getName());
        String filename = "scenario-" + scenarioId + "-v" + file.scenario().version() + ".jevons.json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .eTag(VersionTags.of(file.scenario().version()))
                .body(file);
    }

    @PostMapping("/api/scenarios/import")
    @Operation(summary = "Import an exported history as a new scenario (new id; original users and times kept as "
            + "metadata); retry safely with an Idempotency-Key")
    ResponseEntity<ScenarioVersionResponse> importHistory(@RequestBody ScenarioHistoryFile file,
                                                          @RequestParam(required = false) String name,
                                                          Principal principal) {
        ScenarioId id = ScenarioId.random();
        String newName = name == null || name.isBlank() ? null : name.strip();
        long version = imports.importFile(file, id, newName, principal.getName());
        return ScenarioVersionResponse.created("/api/scenarios/" + id, id, version);
    }
}
