package io.jevons.projection.engine;

import io.jevons.capacity.plan.Glossary;
import io.jevons.capacity.plan.Term;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.generation.Generation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Finds what a new engine version changed: before a replay's generation replaces the active one, their quarterly
 * rows are compared scenario by scenario at equal versions (so equal assumptions) wherever the engine versions
 * differ, and every metric that moved is kept: money by the cent, other figures by more than a relative 1e-12
 * (floating point noise is some 1e-15).
 */
@Component
public class EngineChanges {

    /** Metric key, the old and the new value (money in dollars), whether it is compared exactly (cents). */
    private static final String METRICS = """
            ('demand-flops', o.demand_flops, n.demand_flops, false),
            ('supply-flops', o.supply_flops, n.supply_flops, false),
            ('utilization', o.utilization, n.utilization, false),
            ('shortfall-flops', o.shortfall_flops, n.shortfall_flops, false),
            ('served-tokens', o.served_tokens, n.served_tokens, false),
            ('capex', o.capex_cents / 100.0::float8, n.capex_cents / 100.0::float8, true),
            ('depreciation', o.depreciation_cents / 100.0::float8, n.depreciation_cents / 100.0::float8, true),
            ('energy-cost', o.energy_cost_cents / 100.0::float8, n.energy_cost_cents / 100.0::float8, true),
            ('inference-cost', o.inference_cost_cents / 100.0::float8, n.inference_cost_cents / 100.0::float8, true),
            ('power-megawatts', o.power_megawatts, n.power_megawatts, false),
            ('cost-per-million-tokens', o.cost_per_million_tokens_usd, n.cost_per_million_tokens_usd, false)""";

    /** The words and unit of each metric compared, by its key in {@link #METRICS}. */
    private static final Map<String, Term> TERMS = Map.ofEntries(Map.entry("demand-flops", Glossary.DEMAND),
            Map.entry("supply-flops", Glossary.SUPPLY), Map.entry("utilization", Glossary.UTILIZATION),
            Map.entry("shortfall-flops", Glossary.SHORTFALL_COMPUTE), Map.entry("served-tokens", Glossary.SERVED_TOKENS),
            Map.entry("capex", Glossary.CAPEX), Map.entry("depreciation", Glossary.DEPRECIATION),
            Map.entry("energy-cost", Glossary.ENERGY_COST), Map.entry("inference-cost", Glossary.INFERENCE_COST),
            Map.entry("power-megawatts", Glossary.POWER),
            Map.entry("cost-per-million-tokens", Glossary.COST_PER_MILLION_TOKENS));

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
