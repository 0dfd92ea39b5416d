package io.jevons.planning.tuning;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Finds the scenario a command is for by its {@link TargetAggregateIdentifier} record component, looked up once per
 * command class. Axon's {@code AnnotationCommandTargetResolver} searches a command's fields and methods for the
 * annotations on every command, a visible share of a command's CPU (docs/tuning.md). No command names a
 * {@code @TargetAggregateVersion}: the aggregate compares the If-Match version itself, to answer a stale one with
 * the events the caller missed.
 */
final class ScenarioCommandTargets implements CommandTargetResolver {

    private static final ClassValue<Method> IDENTIFIER = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> command) {
            RecordComponent[] components = command.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(command.getName() + " is not a record");
            }
            return Arrays.stream(components).map(RecordComponent::getAccessor)
                    .filter(accessor -> accessor.isAnnotationPresent(TargetAggregateIdentifier.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            command.getName() + " has no @TargetAggregateIdentifier component"));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Object scenarioId = identifier(payload);
        if (scenarioId == null) {
            throw new IllegalArgumentException(payload.getClass().getSimpleName() + " names no scenario");
        }
        return new VersionedAggregateIdentifier(scenarioId, null);
    }

    private static Object identifier(Object payload) {
        try {
            return IDENTIFIER.get(payload.getClass()).invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the scenario of " + payload.getClass().getSimpleName(), e);
        }
    }
}
