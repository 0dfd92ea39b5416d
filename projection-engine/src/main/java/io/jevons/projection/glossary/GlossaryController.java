package io.jevons.projection.glossary;

import io.jevons.capacity.plan.Glossary;
import io.jevons.capacity.plan.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/** The words of every assumption and metric, so pages name, explain and format figures as the model does. */
@RestController
@Tag(name = "Glossary")
class GlossaryController {

    record GlossaryResponse(List<Term> assumptions, List<Term> metrics) {
    }

    @GetMapping("/api/glossary")
    @Operation(summary = "Every assumption and metric: its id, name, unit and a one-sentence explanation")
    ResponseEntity<GlossaryResponse> glossary() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(new GlossaryResponse(Glossary.ASSUMPTIONS, Glossary.METRICS));
    }
}
