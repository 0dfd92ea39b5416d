package io.jevons.web.cluster;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;

/** Burst clients running at once, each on its own thread, until closed (or until the node is gone). */
final class Burst implements AutoCloseable {

    private final List<BurstClient> clients;
    private final AtomicBoolean go = new AtomicBoolean(true);
    private final ExecutorService pool;
    private final List<Future<?>> running;

    Burst(List<BurstClient> clients, boolean untilUnreachable) {
        this.clients = clients;
        this.pool = Executors.newFixedThreadPool(clients.size());
        this.running = clients.stream().<Future<?>>map(client -> pool.submit(() -> client.run(go, untilUnreachable)))
                .toList();
    }

    long acknowledged() {
        return clients.stream().mapToLong(client -> client.acknowledged.get()).sum();
    }

    void awaitAcknowledged(long total, Duration atMost) {
        await(total + " changes acknowledged").atMost(atMost).until(() -> acknowledged() >= total);
    }

    /** Stops the clients and waits for the requests in flight. */
    @Override
    public void close() throws Exception {
        go.set(false);
        for (Future<?> client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
    }
}
