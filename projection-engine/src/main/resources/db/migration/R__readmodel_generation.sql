-- The tables of one read-model generation (schema readmodel_g<N>), as a replay creates them: the one place that
-- says what a generation holds. Changing a table means changing it here and replaying, or, to keep the generations
-- that exist, also a versioned migration that alters them in place (as V9-V14 did). Flyway runs this file again
-- whenever it changes; it only defines the function, so running it again changes no data.
create or replace function readmodel_control.create_generation(generation integer) returns void
    language plpgsql as
$$
declare
    s text := 'readmodel_g' || generation;
begin
    execute format('create schema %I', s);

    -- One row per scenario: what a planner needs to pick one.
    execute format($ddl$
        create table %I.scenario_summary (
            scenario_id   uuid         not null primary key,
            name          varchar(200) not null,
            first_quarter varchar(6)   not null,
            last_quarter  varchar(6)   not null,
            version       bigint       not null,
            archived      boolean      not null default false,
            forked_from   uuid,
            created_by    varchar(100) not null,
            created_at    timestamptz  not null,
            updated_by    varchar(100) not null,
            updated_at    timestamptz  not null)$ddl$, s);
    execute format('create index scenario_summary_updated_at_ix on %I.scenario_summary (updated_at desc)', s);

    -- The scenario as its events leave it (ScenarioState as JSON): what the next batch of events evolves. The
    -- tables the projector rewrites keep half of each page free, so a row's new version fits on its own page: a
    -- HOT update, with no new index entry, pruned with the page instead of by vacuum (V10).
    execute format($ddl$
        create table %I.scenario_state (
            scenario_id uuid   not null primary key,
            version     bigint not null,
            state       jsonb  not null,
            warnings    jsonb  not null) with (fillfactor = 50)$ddl$, s);

    -- The state at every version that is a multiple of jevons.read-models.snapshot-interval: a past version folds
    -- its events from the nearest one (V16). Written once per version, read by the newest at or below a version.
    execute format($ddl$
        create table %I.scenario_snapshot (
            scenario_id uuid        not null,
            version     bigint      not null,
            revision    varchar(60) not null,
            state       jsonb       not null,
            primary key (scenario_id, version))$ddl$, s);

    -- Every output of the capacity model per quarter. The lists per class, chip type and vendor are written and
    -- read whole, never queried inside: json, which PostgreSQL only checks, not jsonb, which it parses (V11).
    -- engine_version: of the capacity model that computed the row.
    execute format($ddl$
        create table %I.projection_quarter (
            scenario_id          uuid             not null,
            quarter              varchar(6)       not null,
            version              bigint           not null,
            demand_flops         double precision not null,
            supply_flops         double precision not null,
            utilization          double precision,
            shortfall_flops      double precision not null,
            served_tokens        double precision not null,
            capex_cents          bigint           not null,
            depreciation_cents   bigint           not null,
            energy_cost_cents    bigint           not null,
            inference_cost_cents bigint           not null,
            power_megawatts      double precision not null,
            cost_per_million_tokens_usd double precision,
            demand_by_class      json             not null,
            fleet                json             not null,
            vendor_shares        json             not null,
            kind_shares          json             not null,
            engine_version       varchar(20),
            primary key (scenario_id, quarter)) with (fillfactor = 50)$ddl$, s);

    execute format($ddl$
        create table %I.projection_year (
            scenario_id           uuid             not null,
            year                  integer          not null,
            version               bigint           not null,
            quarters              integer          not null,
            average_demand_flops  double precision not null,
            average_supply_flops  double precision not null,
            peak_utilization      double precision,
            served_tokens         double precision not null,
            capex_cents           bigint           not null,
            depreciation_cents    bigint           not null,
            energy_cost_cents     bigint           not null,
            inference_cost_cents  bigint           not null,
            average_power_megawatts double precision not null,
            cost_per_million_tokens_usd double precision,
            fleet                 json             not null,
            vendor_shares         json             not null,
            engine_version        varchar(20),
            primary key (scenario_id, year)) with (fillfactor = 50)$ddl$, s);

    -- The audit log: every event with who, when, why and what, filterable. evidence and evidence_link: what the
    -- planner cited; original_user: who made a copied change, verified here (a fork) or claimed by an imported file.
    execute format($ddl$
        create table %I.audit_entry (
            scenario_id    uuid         not null,
            version        bigint       not null,
            event_id       varchar(255) not null,
            event_type     varchar(100) not null,
            family         varchar(20)  not null,
            username       varchar(100),
            occurred_at    timestamptz  not null,
            reason         text,
            summary        text         not null,
            correlation_id varchar(200),
            source         text,
            evidence       varchar(20),
            evidence_link  text,
            original_user  text,
            original_user_verified boolean,
            primary key (scenario_id, version))$ddl$, s);
    execute format('create index audit_entry_occurred_at_ix on %I.audit_entry (occurred_at desc)', s);
    execute format('create index audit_entry_username_ix on %I.audit_entry (username, occurred_at desc)', s);
    execute format('create index audit_entry_family_ix on %I.audit_entry (family, occurred_at desc)', s);
end
$$;

-- The earlier function, kept in layers by V9-V14, is replaced by the one above.
drop function if exists readmodel_control.create_generation_v5(integer);
drop function if exists readmodel_control.create_generation_v9(integer);
drop function if exists readmodel_control.create_generation_v10(integer);
drop function if exists readmodel_control.create_generation_v11(integer);
drop function if exists readmodel_control.add_generation_v9_columns(text);
drop function if exists readmodel_control.leave_room_for_updates_v10(text);
drop function if exists readmodel_control.store_projection_lists_as_json_v11(text);
drop function if exists readmodel_control.add_original_users_v14(text);
