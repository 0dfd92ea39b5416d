package io.jevons.planning.api.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeSet;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several assumption changes saved together (the cells of one save of the plan grid): one event, so one version,
 * and all of them or none. Each item is stored as the event it would be alone, named by its simple type name from
 * {@link #ITEM_TYPES} only (the event mapper registers them), so a stored or imported item can never name another
 * class. Items carry no reason of their own: the set's reason is theirs.
 */
@Revision("1")
public record AssumptionsChanged(
        ScenarioId scenarioId,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
        List<AssumptionEvent> changes,
        String reason) implements AssumptionEvent {

    /** What an item can be (of a set or a merge): every assumption event of a scenario's stream but a set or a merge. */
    public static final Set<Class<? extends ScenarioEvent>> ITEM_TYPES = ScenarioEventTypes.ALL.stream()
            .filter(type -> AssumptionEvent.class.isAssignableFrom(type) && type != AssumptionsChanged.class
                    && type != ChangesMerged.class)
            .collect(Collectors.toUnmodifiableSet());

    public AssumptionsChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    @Override
    public AssumptionChange toChange() {
        return new ChangeSet(changes.stream().map(AssumptionEvent::toChange).toList());
    }
}
