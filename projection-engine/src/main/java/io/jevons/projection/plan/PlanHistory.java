package io.jevons.projection.plan;

import io.jevons.capacity.plan.PlanCell;
import io.jevons.capacity.plan.PlanGrid;
import io.jevons.capacity.plan.PlanRow;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.state.ScenarioState;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a scenario's events into its plan grid and, for every cell, the change that last set it: the grid after each
 * assumption change is compared with the one before, so a cell is credited to the change that gave it its value.
 */
final class PlanHistory {

    private PlanHistory() {
    }

    static PlanResponse of(List<RecordedEvent> events, long latestVersion) {
        ScenarioState state = ScenarioState.NONE;
        PlanGrid grid = null;
        Map<PlanCell, Integer> setBy = new HashMap<>();
        List<PlanResponse.Setter> setters = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            state = state.evolve(recorded.event());
            if (recorded.event() instanceof AssumptionEvent || grid == null) {
                PlanGrid next = PlanGrid.of(state.assumptions());
                Set<PlanCell> changed = next.cellsChangedSince(grid == null ? new PlanGrid(next.quarters(), List.of())
                        : grid);
                if (!changed.isEmpty() && recorded.event() instanceof AssumptionEvent) {
                    setters.add(setter(recorded));
                    changed.forEach(cell -> setBy.put(cell, setters.size() - 1));
                }
                grid = next;
            }
        }
        List<PlanResponse.Row> rows = grid.rows().stream().map(row -> row(row, setBy)).toList();
        return new PlanResponse(state.scenarioId(), state.name(), state.version(), latestVersion, state.locked(),
                state.archived(), grid.quarters(), rows, setters);
    }

    private static PlanResponse.Row row(PlanRow row, Map<PlanCell, Integer> setBy) {
        List<Integer> setters = new ArrayList<>(row.values().size());
        for (int i = 0; i < row.values().size(); i++) {
            setters.add(setBy.get(new PlanCell(row.id(), i)));
        }
        return new PlanResponse.Row(row.id(), row.group(), row.name(), row.term().id(), row.term().unit(),
                row.term().explanation(), row.quarterly(), row.editable(), row.values(), List.copyOf(row.starts()),
                setters);
    }

    private static PlanResponse.Setter setter(RecordedEvent recorded) {
        String originalUser = recorded.text(AuditMetadata.ORIGINAL_USER);
        Instant time = recorded.time();
        String originalTime = recorded.text(AuditMetadata.ORIGINAL_TIME);
        if (originalTime != null) {
            try {
                time = Instant.parse(originalTime);
            } catch (DateTimeParseException unreadable) {
                time = recorded.time();
            }
        }
        return new PlanResponse.Setter(recorded.version(), originalUser == null ? recorded.user() : originalUser, time,
                recorded.event().reason(), recorded.summary(), originalUser != null);
    }
}
