package io.jevons.projection.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --jevons.replay} on the command line: rebuild every read model at start-up and log the progress
 * until reads have switched to the new generation. The application serves reads from the old one meanwhile.
 */
@Component
@ConditionalOnProperty(name = "jevons.replay", havingValue = "true")
class ReplayOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayOnStartup.class);

    private final Replays replays;
    private final ReplayProgress progress;

    ReplayOnStartup(Replays replays, ReplayProgress progress) {
        this.replays = replays;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) {
        ReplayStatus started = replays.start();
        Thread reporter = new Thread(() -> report(started), "replay-progress");
        reporter.setDaemon(true);
        reporter.start();
    }

    private void report(ReplayStatus started) {
        try {
            ReplayStatus status = started;
            while (status.running()) {
                log.info("Replay into generation {}: {} of {} events, {} events/s", status.rebuildingGeneration(),
                        status.eventsDone(), status.eventsTotal(), status.eventsPerSecond());
                Thread.sleep(2000);
                status = progress.status();
            }
            log.info("Replay done: reads are served by generation {}", status.activeGeneration());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
