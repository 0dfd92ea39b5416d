package io.jevons.projection.live;

import io.jevons.planning.api.scenario.ScenarioId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open pages of this node, per scenario, as server-sent-event streams. On shutdown they are closed first, so
 * that the web server's graceful shutdown need not wait for them and browsers reconnect to another node.
 */
@Component
public class ScenarioChangeSubscribers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScenarioChangeSubscribers.class);
    /** Browsers reconnect on their own; a bound keeps abandoned streams from piling up. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<ScenarioId, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;

    public SseEmitter subscribe(ScenarioId id) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        subscribers.compute(id, (key, ofScenario) -> {
            Set<SseEmitter> streams = ofScenario == null ? ConcurrentHashMap.newKeySet() : ofScenario;
            streams.add(emitter);
            return streams;
        });
        Runnable unsubscribe = () -> remove(id, emitter);
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(error -> unsubscribe.run());
        send(id, emitter, SseEmitter.event().comment("subscribed to scenario " + id));
        return emitter;
    }

    /** Sends the change to every page open on its scenario. */
    void publish(ScenarioChange change) {
        for (SseEmitter emitter : subscribers.getOrDefault(change.scenarioId(), Set.of())) {
            send(change.scenarioId(), emitter, SseEmitter.event().name("change").id(String.valueOf(change.version()))
                    .data(change, MediaType.APPLICATION_JSON));
        }
    }

    /** Streams open on this node, over all scenarios. */
    public int streams() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    /** Scenarios with a stream open on this node: a scenario's entry goes with its last stream. */
    public int scenarios() {
        return subscribers.size();
    }

    /** A comment every 15 s keeps proxies from closing quiet streams. */
    @Scheduled(fixedDelayString = "PT15S")
    void heartbeat() {
        subscribers.forEach((id, ofScenario) ->
                ofScenario.forEach(emitter -> send(id, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(ofScenario -> ofScenario.forEach(SseEmitter::complete));
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, the web server's graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void send(ScenarioId id, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            remove(id, emitter);
            log.debug("dropped a closed event stream: {}", gone.getMessage());
        }
    }

    private void remove(ScenarioId id, SseEmitter emitter) {
        subscribers.computeIfPresent(id, (key, ofScenario) -> {
            ofScenario.remove(emitter);
            return ofScenario.isEmpty() ? null : ofScenario;
        });
    }
}
