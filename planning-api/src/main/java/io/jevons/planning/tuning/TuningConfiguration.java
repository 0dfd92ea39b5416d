package io.jevons.planning.tuning;

import io.jevons.planning.eventstore.EventStoreSettings;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tuned replacements of framework defaults, each behind its switch in {@link TuningSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TuningSettings.class, ScenarioCacheSettings.class})
class TuningConfiguration {

    /**
     * The reader repeats a read within a millisecond or so: a tenth of the fetch delay covers that, and its polls for
     * other nodes' events always reach the database.
     */
    @Bean
    HeadOfStream headOfStream(EventStoreSettings settings) {
        return new HeadOfStream(settings.fetchDelay().dividedBy(10), settings.readGathering(), System::nanoTime,
                HeadOfStream.Pause::sleep);
    }

    /** The embedded store's reader ends its stream after as many events as the store caches, then starts anew. */
    @Bean
    EventStoreTuning eventStoreTuning(TuningSettings tuning, HeadOfStream head, EventStoreSettings settings) {
        return new EventStoreTuning(tuning.headOfStream() ? head : null, settings.cachedEvents());
    }

    /** Named in {@code @Aggregate(cache = ...)}: Axon's {@link NoCache} when switched off. */
    @Bean
    Cache scenarioCache(TuningSettings tuning, ScenarioCacheSettings settings) {
        return tuning.scenarioCache() ? new ScenarioCache(settings.size()) : NoCache.INSTANCE;
    }

    /** Named in {@code @Aggregate(commandTargetResolver = ...)}. */
    @Bean
    CommandTargetResolver scenarioCommandTargets(TuningSettings tuning) {
        return tuning.commandTargets() ? new ScenarioCommandTargets() : AnnotationCommandTargetResolver.builder().build();
    }
}
