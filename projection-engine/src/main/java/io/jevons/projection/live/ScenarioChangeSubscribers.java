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
        Set<SseEmitter> ofScenario = subscribers.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet());
        ofScenario.add(emitter);
        Runnable unsubscribe = () -> ofScenario.remove(emitter);
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(error -> unsubscribe.run());
        send(emitter, SseEmitter.event().comment("subscribed to scenario " + id), ofScenario);
        return emitter;
    }

    /** Sends the change to every page open on its scenario. */
    void publish(ScenarioChange change) {
        Set<SseEmitter> ofScenario = subscribers.getOrDefault(change.scenarioId(), Set.of());
        for (SseEmitter emitter : ofScenario) {
            send(emitter, SseEmitter.event().name("change").id(String.valueOf(change.version()))
                    .data(change, MediaType.APPLICATION_JSON), ofScenario);
        }
    }

    /** A comment every 15 s keeps proxies from closing quiet streams. */
    @Scheduled(fixedDelayString = "PT15S")
    void heartbeat() {
        subscribers.forEach((id, ofScenario) ->
                ofScenario.forEach(emitter -> send(emitter, SseEmitter.event().comment("heartbeat"), ofScenario)));
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

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event, Set<SseEmitter> ofScenario) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            ofScenario.remove(emitter);
            log.debug("dropped a closed event stream: {}", gone.getMessage());
        }
    }
}
