package io.jevons.planning.concurrency;

import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planners racing on one scenario: a change made against an old version is refused with 409 and the current
 * version, never applied over someone else's; retried against the new version, every change lands exactly once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ConcurrentUpdatesIT {

    private static final int CLIENTS = 16;
    private static final int UPDATES = 1_000;
    private static final Pattern CURRENT_VERSION = Pattern.compile("\"currentVersion\"\\s*:\\s*(\\d+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ofManyChangesAtTheSameVersionExactlyOneWins() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        UUID id = api.create("Race", "alice").id();
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int value = i;
            racers.add(() -> baseline(api, id, 1, value).getStatus());
        }
        List<Integer> statuses = runAll(racers);

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(199);
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void aThousandConflictingUpdatesAreAllAppliedOnceWithNoLostUpdate() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        UUID id = api.create("Contended", "alice").id();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(() -> {
                long version = 1;
                int applied = 0;
                for (int value = next.getAndIncrement(); value < UPDATES; value = next.getAndIncrement()) {
                    while (true) {
                        MockHttpServletResponse response = baseline(api, id, version, value);
                        if (response.getStatus() == 200) {
                            version = ScenarioApi.versionIn(response.getContentAsString(StandardCharsets.UTF_8));
                            applied++;
                            break;
                        }
                        assertThat(response.getStatus()).isEqualTo(409);
                        conflicts.incrementAndGet();
                        version = currentVersion(response);
                    }
                }
                return applied;
            });
        }
        List<Integer> applied = runAll(clients);

        assertThat(applied.stream().mapToInt(Integer::intValue).sum()).isEqualTo(UPDATES);
        assertThat(eventCount(id)).isEqualTo(1 + UPDATES);
        List<String> values = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from eventstore.domain_event_entry
                        where aggregate_identifier = ? and sequence_number > 0 order by sequence_number""")
                .param(id.toString()).query(String.class).list();
        Set<String> reasons = new HashSet<>();
        values.forEach(payload -> reasons.add(payload.replaceAll(".*\"reason\":\"(update \\d+)\".*", "$1")));
        assertThat(reasons).hasSize(UPDATES);
        assertThat(conflicts.get()).as("the clients did race").isPositive();
    }

    private static MockHttpServletResponse baseline(ScenarioApi api, UUID id, long version, int value) throws Exception {
        return api.change(HttpMethod.PUT, id, "/demand/baseline", version,
                "{\"requestsPerDay\":%d,\"reason\":\"update %d\"}".formatted(1_000_000 + value, value),
                planner("client")).andReturn().getResponse();
    }

    private static long currentVersion(MockHttpServletResponse conflict) throws Exception {
        Matcher matcher = CURRENT_VERSION.matcher(conflict.getContentAsString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("409 names the current version").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long eventCount(UUID id) {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single();
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
