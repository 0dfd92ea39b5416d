package io.jevons.planning.tuning;


import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioCacheTest {

    private final List<String> heard = new ArrayList<>();
    private final ScenarioCache cache = new ScenarioCache(10);

    ScenarioCacheTest() {
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                heard.add("read " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });
    }

    @Test
    void keepsAtMostItsCapacityAndSaysWhichEntriesItDropped() {
        IntStream.range(0, 25).forEach(i -> cache.put("scenario-" + i, i));

        long kept = IntStream.range(0, 25).filter(i -> cache.containsKey("scenario-" + i)).count();
        assertThat(kept).isEqualTo(10);
        assertThat(heard.stream().filter(line -> line.startsWith("expired"))).hasSize(15);
    }

    @Test
    void answersWhatWasPutAndTellsListenersOfEveryChange() {
        Cache axonView = cache;
        axonView.put("a", 1);
        axonView.put("a", 2);
        assertThat(axonView.putIfAbsent("a", 3)).isFalse();
        assertThat(axonView.putIfAbsent("b", 4)).isTrue();
        assertThat(axonView.<String, Integer>get("a")).isEqualTo(2);
        assertThat(axonView.<String, Integer>get("missing")).isNull();
        assertThat(axonView.remove("a")).isTrue();
        assertThat(axonView.remove("a")).isFalse();
        axonView.removeAll();

        assertThat(axonView.containsKey("b")).isFalse();
        assertThat(heard).containsExactly("created a", "updated a", "created b", "read a", "removed a", "removed b");
    }
}
