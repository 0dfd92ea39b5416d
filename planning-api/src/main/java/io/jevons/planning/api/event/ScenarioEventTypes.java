package io.jevons.planning.api.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every event type of a scenario stream: the records {@link ScenarioEvent} permits. Anything that turns outside
 * data into events (a stored row, an imported history file) accepts these and nothing else, so a file can never
 * make the serializer build an arbitrary class.
 */
public final class ScenarioEventTypes {

    public static final Set<Class<? extends ScenarioEvent>> ALL = recordsPermittedBy(ScenarioEvent.class)
            .collect(Collectors.toUnmodifiableSet());

    /** Looked up for every event read (a replay reads millions): by simple name, once. */
    private static final Map<String, Class<? extends ScenarioEvent>> BY_SIMPLE_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** Where the events lived before they were gathered in this package: rows and files still name them so. */
    private static final String PUBLISHED_LANGUAGE = "io.jevons.planning.api.";

    private ScenarioEventTypes() {
    }

    /**
     * The event class of that fully qualified name, if it is one of a scenario stream's. A name from an earlier
     * package of the published language ({@code io.jevons.planning.api.demand.DemandBaselineSet}) names the same
     * event: events are identified by their simple name within it.
     */
    public static Optional<Class<? extends ScenarioEvent>> named(String name) {
        if (!name.startsWith(PUBLISHED_LANGUAGE)) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_SIMPLE_NAME.get(name.substring(name.lastIndexOf('.') + 1)));
    }

    @SuppressWarnings("unchecked")
    private static Stream<Class<? extends ScenarioEvent>> recordsPermittedBy(Class<?> sealed) {
        return Stream.of(sealed.getPermittedSubclasses()).flatMap(type -> type.isSealed()
                ? recordsPermittedBy(type)
                : Stream.of((Class<? extends ScenarioEvent>) type));
    }
}
