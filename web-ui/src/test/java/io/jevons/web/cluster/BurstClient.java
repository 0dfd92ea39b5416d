package io.jevons.web.cluster;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A planner changing one scenario as fast as the node answers, remembering what it was told. */
final class BurstClient {

    final UUID scenario;
    /** The scenario's version in the last answer 200: every change up to it was acknowledged as stored. */
    final AtomicLong acknowledged = new AtomicLong(1);
    /** Statuses other than 200 and 409, with the time since the burst began. */
    final List<String> failures = new CopyOnWriteArrayList<>();
    private final AppNode node;
    private long version = 1;

    BurstClient(AppNode node, UUID scenario) {
        this.node = node;
        this.scenario = scenario;
    }

    /**
     * Changes until {@code go} turns false. A 409 (a change answered with an error was stored after all) moves
     * the client to the version in its ETag; an unreachable node ends the burst if {@code untilUnreachable}.
     */
    void run(AtomicBoolean go, boolean untilUnreachable) {
        try {
            while (go.get()) {
                try {
                    HttpResponse<String> answer = node.send("PUT", "/api/scenarios/" + scenario + "/demand/baseline",
                            "planner", "\"" + version + "\"",
                            "{\"requestsPerDay\":%s,\"reason\":\"burst\"}".formatted(1e9 + version));
                    if (answer.statusCode() == 200) {
                        acknowledged.set(++version);
                    } else if (answer.statusCode() == 409) {
                        String tag = answer.headers().firstValue("ETag").orElseThrow();
                        version = Long.parseLong(tag.replace("\"", ""));
                    } else {
                        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                                .startsWith("application/problem+json");
                        failures.add(answer.statusCode() + " " + answer.body());
                        Thread.sleep(100);
                    }
                } catch (IOException unreachable) {
                    if (untilUnreachable) {
                        return;
                    }
                    failures.add("unreachable: " + unreachable);
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
