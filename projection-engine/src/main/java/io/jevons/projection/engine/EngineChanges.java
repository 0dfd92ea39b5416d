package io.jevons.projection.engine;

import io.jevons.capacity.plan.Glossary;
import io.jevons.capacity.plan.Term;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds what a new engine version changed: before a replay's generation replaces the active one, their quarterly
 * rows are compared scenario by scenario at equal versions (so equal assumptions) wherever the engine versions
 * differ, and every metric that moved is kept: money by the cent, other figures by more than a relative 1e-12
 * (floating point noise is some 1e-15).
 */
@Component
public class EngineChanges {

    /** A figure compared: its key, its words and unit, its column, and whether it is money kept in cents. */
    private record Compared(String key, Term term, String column, boolean cents) {

        /** The key, the old and the new value (money in dollars), whether it is compared exactly (cents). */
        String values() {
            return cents ? "('%s', o.%s / 100.0::float8, n.%s / 100.0::float8, true)".formatted(key, column, column)
                    : "('%s', o.%s, n.%s, false)".formatted(key, column, column);
        }
    }

    private static final List<Compared> COMPARED = List.of(
            new Compared("demand-flops", Glossary.DEMAND, "demand_flops", false),
            new Compared("supply-flops", Glossary.SUPPLY, "supply_flops", false),
            new Compared("utilization", Glossary.UTILIZATION, "utilization", false),
            new Compared("shortfall-flops", Glossary.SHORTFALL_COMPUTE, "shortfall_flops", false),
            new Compared("served-tokens", Glossary.SERVED_TOKENS, "served_tokens", false),
            new Compared("capex", Glossary.CAPEX, "capex_cents", true),
            new Compared("depreciation", Glossary.DEPRECIATION, "depreciation_cents", true),
            new Compared("energy-cost", Glossary.ENERGY_COST, "energy_cost_cents", true),
            new Compared("inference-cost", Glossary.INFERENCE_COST, "inference_cost_cents", true),
            new Compared("power-megawatts", Glossary.POWER, "power_megawatts", false),
            new Compared("cost-per-million-tokens", Glossary.COST_PER_MILLION_TOKENS, "cost_per_million_tokens_usd",
                    false));

    private static final String METRICS = COMPARED.stream().map(Compared::values).collect(Collectors.joining(",\n"));

    private static final Map<String, Term> TERMS = COMPARED.stream()
            .collect(Collectors.toUnmodifiableMap(Compared::key, Compared::term));

    private final JdbcClient jdbc;

    EngineChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the outputs {@code rebuilt} computes differently from {@code replaced}; answers how many. */
    public int record(Generation replaced, Generation rebuilt) {
        return jdbc.sql("""
                insert into readmodel_control.engine_change (scenario_id, version, engine_before, engine_after, quarter,
                                                             metric, value_before, value_after)
                select n.scenario_id, n.version, o.engine_version, n.engine_version, n.quarter, m.metric, m.before, m.after
                from %1$s.projection_quarter o
                join %2$s.projection_quarter n
                  on n.scenario_id = o.scenario_id and n.quarter = o.quarter and n.version = o.version
                cross join lateral (values %3$s) as m(metric, before, after, exact)
                where o.engine_version is distinct from n.engine_version
                  and ((m.before is null) <> (m.after is null)
                       or (m.exact and m.before <> m.after)
                       or abs(m.before - m.after) > 1e-12 * greatest(abs(m.before), abs(m.after)))
                on conflict do nothing""".formatted(replaced.schema(), rebuilt.schema(), METRICS)).update();
    }

    public List<EngineChange> of(ScenarioId id) {
        return jdbc.sql("""
                        select version, engine_before, engine_after, quarter, metric, value_before, value_after, found_at
                        from readmodel_control.engine_change where scenario_id = ?
                        order by found_at desc, quarter, metric""")
                .param(id.value())
                .query((row, number) -> {
                    Term term = TERMS.get(row.getString("metric"));
                    return new EngineChange(row.getLong("version"), row.getString("engine_before"),
                            row.getString("engine_after"), row.getString("quarter"), row.getString("metric"),
                            term.name(), term.unit(), (Double) row.getObject("value_before"),
                            (Double) row.getObject("value_after"), row.getTimestamp("found_at").toInstant());
                })
                .list();
    }
}
