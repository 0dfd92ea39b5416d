-- Issue 9: projection rows record the engine version that computed them, audit rows the evidence of a change;
-- engine changes found by a replay and Monte Carlo runs are kept. The generation function keeps its V5 body and
-- adds the new columns after it, and the generations that exist get them in place (rows computed before engine
-- versions were recorded keep a null one), so no replay is needed to upgrade.
alter function readmodel_control.create_generation(integer) rename to create_generation_v5;

create function readmodel_control.add_generation_v9_columns(s text) returns void
    language plpgsql as
$$
begin
    execute format('alter table %I.projection_quarter add column if not exists engine_version varchar(20)', s);
    execute format('alter table %I.projection_year add column if not exists engine_version varchar(20)', s);
    execute format('alter table %I.audit_entry add column if not exists evidence varchar(20)', s);
    execute format('alter table %I.audit_entry add column if not exists evidence_link text', s);
end
$$;

create function readmodel_control.create_generation(generation integer) returns void
    language plpgsql as
$$
begin
    perform readmodel_control.create_generation_v5(generation);
    perform readmodel_control.add_generation_v9_columns('readmodel_g' || generation);
end
$$;

do
$$
declare
    existing record;
begin
    for existing in select schema_name from information_schema.schemata where schema_name ~ '^readmodel_g[0-9]+$'
    loop
        perform readmodel_control.add_generation_v9_columns(existing.schema_name);
    end loop;
end
$$;

-- Outputs that moved between two engine versions for the same events: a replay under a new engine compares the
-- generation it built with the one it replaces, scenario by scenario at equal versions, before switching.
create table readmodel_control.engine_change (
    scenario_id    uuid             not null,
    version        bigint           not null,
    engine_before  varchar(20),
    engine_after   varchar(20)      not null,
    quarter        varchar(6)       not null,
    metric         varchar(40)      not null,
    value_before   double precision,
    value_after    double precision,
    found_at       timestamptz      not null default now(),
    primary key (scenario_id, engine_after, quarter, metric)
);

-- A Monte Carlo run: enough to rerun it identically (the scenario's version, samples, seed), and who ran it.
create table readmodel_control.simulation_run (
    run_id      uuid         not null primary key,
    scenario_id uuid         not null,
    version     bigint       not null,
    samples     integer      not null,
    seed        bigint       not null,
    run_by      varchar(100) not null,
    run_at      timestamptz  not null default now()
);
create index simulation_run_scenario_ix on readmodel_control.simulation_run (scenario_id, run_at desc);
