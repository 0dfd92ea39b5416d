package io.jevons.planning.transfer;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.VersionTags;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.RequestLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
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

    @PostMapping(path = RequestLimits.IMPORT_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an exported history as a new scenario (new id; original users and times kept as "
            + "unverified metadata; locks kept as comments); read as it streams in, up to jevons.limits.import-body "
            + "bytes and jevons.limits.import-events events; retry safely with an Idempotency-Key",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ScenarioHistoryFile.class))))
    ResponseEntity<ScenarioVersionResponse> importHistory(HttpServletRequest request,
                                                          @RequestParam(required = false) String name,
                                                          Principal principal) throws IOException {
        ScenarioId id = ScenarioId.random();
        String newName = name == null || name.isBlank() ? null : name.strip();
        long version = imports.importFile(request.getInputStream(), id, newName, principal.getName());
        return ScenarioVersionResponse.created("/api/scenarios/" + id, id, version);
    }
}
