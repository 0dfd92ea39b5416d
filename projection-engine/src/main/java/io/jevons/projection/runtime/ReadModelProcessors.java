package io.jevons.projection.runtime;

import io.jevons.planning.cluster.ReadModelSettings;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * Runs, on every node, one processor per read-model generation in use: the active one and, during a replay, the one
 * being rebuilt (after its {@link BulkPhase}). Every {@code jevons.read-models.reconcile-interval} it reconciles with
 * the control row: starts and stops processors after a switch made anywhere, and lets {@link GenerationSwitch} end a
 * replay that has caught up.
 */
@Component
public class ReadModelProcessors implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProcessors.class);

    private final Generations generations;
    private final ProcessorStarter starter;
    private final BulkPhase bulkPhase;
    private final GenerationSwitch generationSwitch;
    private final TaskScheduler scheduler;
    private final ReadModelSettings settings;
    private final Map<Generation, RunningProcessor> processors = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> schedule;

    ReadModelProcessors(Generations generations, ProcessorStarter starter, BulkPhase bulkPhase,
                        GenerationSwitch generationSwitch, TaskScheduler scheduler, ReadModelSettings settings) {
        this.generations = generations;
        this.starter = starter;
        this.bulkPhase = bulkPhase;
        this.generationSwitch = generationSwitch;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        reconcileNow();
        schedule = scheduler.scheduleWithFixedDelay(this::reconcile, settings.reconcileInterval());
    }

    @Override
    public synchronized void stop() {
        schedule.cancel(false);
        schedule = null;
        bulkPhase.stop();
        processors.values().forEach(RunningProcessor::shutDown);
        processors.clear();
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    /** After the web server, before nothing: reads may start while the read models catch up. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** The processors running on this node now. */
    public List<PooledStreamingEventProcessor> running() {
        return processors.values().stream().map(RunningProcessor::processor).toList();
    }

    public synchronized void reconcile() {
        if (schedule != null) {
            reconcileNow();
        }
    }

    private void reconcileNow() {
        GenerationState state = generations.state();
        Set<Generation> wanted = new HashSet<>();
        wanted.add(state.active());
        if (state.rebuilding() != null) {
            wanted.add(state.rebuilding());
        }
        for (Generation generation : wanted) {
            if (!processors.containsKey(generation) && generation.equals(state.rebuilding())
                    && bulkPhase.pending(generation)) {
                bulkPhase.startIfIdle(generation);
            } else {
                processors.computeIfAbsent(generation, starter::start);
            }
        }
        for (Generation generation : Set.copyOf(processors.keySet())) {
            if (!wanted.contains(generation)) {
                processors.remove(generation).shutDown();
                log.info("Stopped the processor of retired read-model generation {}", generation.number());
            }
        }
        generationSwitch.switchIfCaughtUp(state);
        generationSwitch.dropRetired(state);
    }
}
