package io.jevons.web.pages;

import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.history.AuditLogRepository;
import io.jevons.projection.history.AuditPage;
import io.jevons.projection.history.AuditQuery;
import io.jevons.projection.scenariolist.ScenarioListRepository;
import io.jevons.projection.projection.ScenarioTimeline;
import io.jevons.projection.scenariolist.ScenarioSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * A scenario's workspace: charts, editors for every assumption, history with time travel, compare and
 * attribution. The page talks to the JSON API itself; the history list is a server-rendered fragment.
 */
@Controller
class WorkspacePage {

    private static final int HISTORY_PAGE = 25;

    private final ScenarioListRepository scenarios;
    private final AuditLogRepository auditLog;
    private final ScenarioTimeline timeline;

    WorkspacePage(ScenarioListRepository scenarios, AuditLogRepository auditLog, ScenarioTimeline timeline) {
        this.scenarios = scenarios;
        this.auditLog = auditLog;
        this.timeline = timeline;
    }

    @GetMapping("/scenarios/{scenarioId}")
    String workspace(@PathVariable UUID scenarioId, Model model) {
        ScenarioId id = new ScenarioId(scenarioId);
        // a scenario just created or forked opens before the read model holds it: its events say what it is
        ScenarioSummary scenario = scenarios.find(id).orElseGet(() -> ScenarioSummary.of(timeline.events(id)));
        model.addAttribute("scenario", scenario);
        model.addAttribute("scenarios", scenarios.findAll());
        model.addAttribute("families", AssumptionFamily.values());
        return "workspace";
    }

    @GetMapping("/scenarios/{scenarioId}/history")
    String history(@PathVariable UUID scenarioId, @RequestParam(required = false) String user,
                   @RequestParam(required = false) AssumptionFamily family,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        String userFilter = user == null || user.isBlank() ? null : user.strip();
        AuditPage entries = auditLog.find(new AuditQuery(new ScenarioId(scenarioId), userFilter, family, null, null,
                page, HISTORY_PAGE));
        model.addAttribute("scenarioId", scenarioId);
        model.addAttribute("user", userFilter);
        model.addAttribute("family", family);
        model.addAttribute("history", entries);
        model.addAttribute("nextPage", (long) (page + 1) * HISTORY_PAGE < entries.total() ? page + 1 : null);
        return "fragments/history :: entries";
    }
}
