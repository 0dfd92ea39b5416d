package io.jevons.projection.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.planning.api.json.JevonsJson;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Listens on PostgreSQL's {@value ScenarioChange#CHANNEL} channel and hands every change to the pages open on
 * this node. Whichever node projected a change, NOTIFY reaches all nodes when the read models commit; a lost
 * connection (database restart) is re-established.
 */
@Component
class ScenarioChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScenarioChangeListener.class);
    private static final ObjectMapper JSON = JevonsJson.messageMapper();
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final ScenarioChangeSubscribers subscribers;
    private volatile Thread listener;

    ScenarioChangeListener(DataSource dataSource, ScenarioChangeSubscribers subscribers) {
        this.dataSource = dataSource;
        this.subscribers = subscribers;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "scenario-change-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + ScenarioChange.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            subscribers.publish(JSON.readValue(notification.getParameter(), ScenarioChange.class));
                        }
                    }
                }
            } catch (SQLException | IOException | RuntimeException failure) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Listening for scenario changes failed ({}); retrying in a second", failure.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
