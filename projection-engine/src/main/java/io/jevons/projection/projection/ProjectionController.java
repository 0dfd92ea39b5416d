package io.jevons.projection.projection;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.VersionTags;
import io.jevons.projection.scenariolist.ScenarioListRepository;
import io.jevons.projection.scenariolist.ScenarioSummary;
import io.jevons.projection.table.Csv;
import io.jevons.projection.table.DownloadNames;
import io.jevons.projection.table.Table;
import io.jevons.projection.table.Xlsx;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A scenario's projection and assumptions, now or as they stood at any version or moment. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}")
@Tag(name = "Projection")
class ProjectionController {

    private final ScenarioProjections projections;
    private final ProjectionDocuments documents;
    private final ScenarioListRepository scenarios;

    ProjectionController(ScenarioProjections projections, ProjectionDocuments documents,
                         ScenarioListRepository scenarios) {
        this.projections = projections;
        this.documents = documents;
        this.scenarios = scenarios;
    }

    @GetMapping(path = "/projection", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The projection per quarter and year; asOf (version, day or instant) computes it from the "
            + "events as the scenario stood then")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectionResponse.class)))
    ResponseEntity<?> projection(@PathVariable UUID scenarioId, @RequestParam(required = false) String asOf) {
        ScenarioId id = new ScenarioId(scenarioId);
        AsOf moment = AsOf.parse(asOf, "asOf");
        if (moment.isNow()) {
            var current = documents.current(id);
            if (current.isPresent()) {
                return ResponseEntity.ok().eTag(VersionTags.of(current.get().version()))
                        .contentType(MediaType.APPLICATION_JSON).body(current.get().json());
            }
        }
        ProjectionResponse response = projections.projection(id, moment);
        return ResponseEntity.ok().eTag(VersionTags.of(response.version())).body(response);
    }

    @GetMapping(path = "/projection/quarters", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "The quarterly projection as CSV")
    ResponseEntity<String> quartersCsv(@PathVariable UUID scenarioId, @RequestParam(required = false) String asOf) {
        ProjectionResponse response = projections.projection(new ScenarioId(scenarioId), AsOf.parse(asOf, "asOf"));
        return Csv.download(ProjectionTables.quarters(response.projection()), fileName(response, "quarters", "csv"));
    }

    @GetMapping(path = "/projection/years", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "The yearly projection as CSV")
    ResponseEntity<String> yearsCsv(@PathVariable UUID scenarioId, @RequestParam(required = false) String asOf) {
        ProjectionResponse response = projections.projection(new ScenarioId(scenarioId), AsOf.parse(asOf, "asOf"));
        return Csv.download(ProjectionTables.years(response.projection()), fileName(response, "years", "csv"));
    }

    @GetMapping(path = "/projection/workbook", produces = Xlsx.MEDIA_TYPE)
    @Operation(summary = "The projection as an Excel workbook: sheets Quarters and Years")
    ResponseEntity<byte[]> workbook(@PathVariable UUID scenarioId, @RequestParam(required = false) String asOf) {
        ProjectionResponse response = projections.projection(new ScenarioId(scenarioId), AsOf.parse(asOf, "asOf"));
        Map<String, Table> sheets = new LinkedHashMap<>();
        sheets.put("Quarters", ProjectionTables.quarters(response.projection()));
        sheets.put("Years", ProjectionTables.years(response.projection()));
        return Xlsx.download(sheets, fileName(response, "projection", "xlsx"));
    }

    @GetMapping("/assumptions")
    @Operation(summary = "The assumptions, now or as they stood at asOf, computed from the events")
    ResponseEntity<AssumptionsResponse> assumptions(@PathVariable UUID scenarioId,
                                                    @RequestParam(required = false) String asOf) {
        AssumptionsResponse response = projections.assumptions(new ScenarioId(scenarioId), AsOf.parse(asOf, "asOf"));
        return ResponseEntity.ok().eTag(VersionTags.of(response.version())).body(response);
    }

    private String fileName(ProjectionResponse response, String table, String extension) {
        String name = scenarios.find(response.scenarioId()).map(ScenarioSummary::name).orElse(null);
        return DownloadNames.of(name, response.version(), table, extension);
    }
}
