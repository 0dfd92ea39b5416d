package io.jevons.projection.proposals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.planning.api.json.JevonsJson;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The proposals a scenario made and those made to it, from the scenario states of the generation serving reads: a
 * replay rebuilds them with the states.
 */
@Repository
class ProposalRepository {

    private static final ObjectMapper JSON = JevonsJson.messageMapper();
    private static final TypeReference<List<ProposalState>> PROPOSALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One scenario's proposals. */
    record ScenarioProposals(ScenarioId scenarioId, String name, List<ProposalState> proposals) {
    }

    /** The proposals of scenario {@code id} and of its forks, newest scenario first. */
    List<ScenarioProposals> ofAndTo(ScenarioId id) {
        return jdbc.sql("""
                        select m.scenario_id, m.name, (s.state::jsonb -> 'proposals')::text as proposals
                        from readmodel.scenario_summary m join readmodel.scenario_state s on s.scenario_id = m.scenario_id
                        where (m.forked_from = ? or m.scenario_id = ?)
                          and jsonb_array_length(coalesce(s.state::jsonb -> 'proposals', '[]'::jsonb)) > 0
                        order by m.updated_at desc""")
                .param(id.value()).param(id.value())
                .query((row, number) -> new ScenarioProposals(new ScenarioId(row.getObject("scenario_id", UUID.class)),
                        row.getString("name"), read(row.getString("proposals"))))
                .list();
    }

    private static List<ProposalState> read(String json) {
        try {
            return JSON.readValue(json, PROPOSALS);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable read-model JSON", e);
        }
    }
}
