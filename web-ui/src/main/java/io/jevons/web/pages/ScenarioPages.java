package io.jevons.web.pages;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.validation.AssumptionViolation;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.ArchiveScenario;
import io.jevons.planning.api.scenario.ChangeOutcome;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.copies.ScenarioForks;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.projection.scenariolist.ScenarioListRepository;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The scenario list page: every scenario, and a form to start a new one. */
@Controller
class ScenarioPages {

    private static final Duration READ_YOUR_WRITE_TIMEOUT = Duration.ofSeconds(5);

    private final AuditedCommands commands;
    private final ScenarioUpdates updates;
    private final ScenarioListRepository scenarios;
    private final ScenarioForks forks;

    ScenarioPages(AuditedCommands commands, ScenarioUpdates updates, ScenarioListRepository scenarios,
                  ScenarioForks forks) {
        this.commands = commands;
        this.updates = updates;
        this.scenarios = scenarios;
        this.forks = forks;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/scenarios";
    }

    @GetMapping("/scenarios")
    String list(Model model) {
        return render(model, ScenarioForm.blank(), Map.of());
    }

    @PostMapping("/scenarios")
    String create(@ModelAttribute ScenarioForm form, Model model,
                  HttpServletResponse response) {
        ScenarioId id = ScenarioId.random();
        try {
            Horizon horizon = new Horizon(quarter("firstQuarter", form.firstQuarter()),
                    quarter("lastQuarter", form.lastQuarter()));
            commands.send(new CreateScenario(id, form.name(), horizon, Boolean.TRUE.equals(form.fromDefault()), form.reason()));
        } catch (InvalidAssumptionsException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.reason()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, form, errors);
        }
        scenarios.awaitVersion(id, 1, READ_YOUR_WRITE_TIMEOUT);
        return "redirect:/scenarios?created=" + id;
    }

    @PostMapping("/scenarios/{scenarioId}/archive")
    String archive(@PathVariable UUID scenarioId, @RequestParam long version, Model model,
                   HttpServletResponse response) {
        ScenarioId id = new ScenarioId(scenarioId);
        ChangeOutcome outcome = updates.sendAt(version, at -> new ArchiveScenario(id, at, "archived from the scenario list"));
        if (outcome instanceof ChangeOutcome.Stale stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("pageError", "Not archived: the scenario changed meanwhile (now version "
                    + stale.currentVersion() + "). Look at its latest changes first.");
            return render(model, ScenarioForm.blank(), Map.of());
        }
        scenarios.awaitVersion(id, version + 1, READ_YOUR_WRITE_TIMEOUT);
        return "redirect:/scenarios?archived";
    }

    @PostMapping("/scenarios/{scenarioId}/fork")
    String fork(@PathVariable UUID scenarioId, @RequestParam String name) {
        ScenarioId fork = ScenarioId.random();
        long version = forks.fork(new ScenarioId(scenarioId), fork, name, null, null, "forked from the scenario list");
        scenarios.awaitVersion(fork, version, READ_YOUR_WRITE_TIMEOUT);
        return "redirect:/scenarios/" + fork;
    }

    private String render(Model model, ScenarioForm form, Map<String, String> errors) {
        model.addAttribute("scenarios", scenarios.findAll());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "scenarios";
    }

    /** Parses a quarter field, naming the form field (not the model's) in the error. */
    private static Quarter quarter(String field, String text) {
        try {
            return Quarter.parse(text);
        } catch (InvalidAssumptionsException invalid) {
            throw new InvalidAssumptionsException(new AssumptionViolation(field,
                    invalid.violations().get(0).reason()));
        }
    }
}
