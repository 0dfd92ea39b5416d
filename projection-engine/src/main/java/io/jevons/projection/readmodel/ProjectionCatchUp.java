package io.jevons.projection.readmodel;

import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Projects, once, every scenario of a rebuilt generation whose projection rows are missing or behind its state:
 * during a replay the projector keeps only states, so this runs before reads switch to the generation.
 * One pass in scenario id order, in chunks of one transaction each. Rows written here for a state the processor
 * has since moved past are simply behind again, and the reader projects such a state itself.
 */
public final class ProjectionCatchUp {

    private static final int CHUNK = 100;

    private final ReadModelStore store;
    private final TransactionTemplate transactions;

    public ProjectionCatchUp(ReadModelStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** @return how many scenarios it projected */
    public int run() {
        int projected = 0;
        UUID after = new UUID(0, 0); // the lowest uuid in PostgreSQL's (unsigned) order
        List<ScenarioId> chunk;
        do {
            UUID from = after;
            chunk = transactions.execute(status -> projectChunk(from));
            projected += chunk.size();
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).value();
        } while (chunk.size() == CHUNK);
        return projected;
    }

    private List<ScenarioId> projectChunk(UUID after) {
        store.capacity().lock();
        List<ScenarioId> ids = store.states().unprojected(after, CHUNK);
        for (ScenarioState state : store.states().load(ids).values()) {
            Projection projection = CapacityProjector.project(state.assumptions());
            store.capacity().save(state.scenarioId(), state.version(), projection);
            store.states().saveWarnings(state.scenarioId(), state.version(), projection.warnings());
        }
        return ids;
    }
}
