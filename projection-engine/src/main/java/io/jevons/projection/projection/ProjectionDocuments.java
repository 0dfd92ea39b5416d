package io.jevons.projection.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.cluster.ReadModelSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The current projection of a scenario as the HTTP answer's JSON bytes, kept per read-model generation and
 * scenario version. A version's projection never changes within a generation, so a cached answer costs one
 * primary-key lookup instead of three queries, a few hundred JSON columns parsed and the answer written (docs/tuning.md).
 */
@Component
class ProjectionDocuments {

    private final ProjectionRepository readModel;
    private final JsonMapper json;
    private final Cache<Key, Document> documents;

    ProjectionDocuments(ProjectionRepository readModel, JsonMapper json, ReadModelSettings settings) {
        this.readModel = readModel;
        this.json = json;
        this.documents = Caffeine.newBuilder()
                .maximumWeight(settings.projectionCacheMegabytes() * 1024 * 1024)
                .<Key, Document>weigher((key, document) -> document.json().length)
                .build();
    }

    /** The serialized projection at the latest version the read models hold, or empty while they catch up. */
    Optional<Document> current(ScenarioId id) {
        Optional<ServedVersion> served = readModel.version(id);
        if (served.isEmpty()) {
            return Optional.empty();
        }
        int generation = served.get().generation();
        Document cached = documents.getIfPresent(new Key(generation, id, served.get().version()));
        return cached != null ? Optional.of(cached) : readModel.find(id).map(stored -> remember(generation, stored));
    }

    private Document remember(int generation, VersionedProjection stored) {
        ProjectionResponse response = new ProjectionResponse(stored.scenarioId(), stored.version(), null, stored.projection());
        Document document = new Document(stored.version(), json.writeValueAsBytes(response));
        documents.put(new Key(generation, stored.scenarioId(), stored.version()), document);
        return document;
    }

    /** A projection answer ready to send. */
    record Document(long version, byte[] json) {
    }

    private record Key(int generation, ScenarioId id, long version) {
    }
}
