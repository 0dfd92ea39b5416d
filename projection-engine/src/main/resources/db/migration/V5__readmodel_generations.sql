-- Read models live in generations: schema readmodel_g<N>, built by function create_generation below. The
-- active generation serves reads; a replay builds the next one beside it from the event store and switches
-- when it has caught up, so reads never stop. A change of read-model tables is a new version of this
-- function plus a replay: read models are disposable, events are not.
drop schema if exists readmodel cascade;

create schema readmodel_control;

create table readmodel_control.generation (
    singleton           boolean     not null default true,
    active              integer     not null,
    rebuilding          integer,
    rebuild_started_at  timestamptz,
    rebuild_from_events bigint,
    switched_at         timestamptz,
    constraint generation_pk primary key (singleton),
    constraint generation_singleton_ck check (singleton)
);

create function readmodel_control.create_generation(generation integer) returns void
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

    -- The scenario as its events leave it (ScenarioState as JSON): what the next batch of events evolves.
    execute format($ddl$
        create table %I.scenario_state (
            scenario_id uuid   not null primary key,
            version     bigint not null,
            state       jsonb  not null,
            warnings    jsonb  not null)$ddl$, s);

    -- Every output of the capacity model per quarter; lists per class, chip type and vendor as JSON.
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
            demand_by_class      jsonb            not null,
            fleet                jsonb            not null,
            vendor_shares        jsonb            not null,
            kind_shares          jsonb            not null,
            primary key (scenario_id, quarter))$ddl$, s);

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
            fleet                 jsonb            not null,
            vendor_shares         jsonb            not null,
            primary key (scenario_id, year))$ddl$, s);

    -- The audit log: every event with who, when, why and what, filterable.
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
            primary key (scenario_id, version))$ddl$, s);
    execute format('create index audit_entry_occurred_at_ix on %I.audit_entry (occurred_at desc)', s);
    execute format('create index audit_entry_username_ix on %I.audit_entry (username, occurred_at desc)', s);
    execute format('create index audit_entry_family_ix on %I.audit_entry (family, occurred_at desc)', s);
end
$$;

select readmodel_control.create_generation(1);
insert into readmodel_control.generation (active) values (1);

-- Events a read model could not handle (a poison event): Axon's dead-letter queue, per processing group and
-- scenario, so that one bad event stops only its scenario's updates.
create table eventstore.dead_letter_entry (
    dead_letter_id       varchar(255)  not null,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    constraint dead_letter_entry_pk primary key (dead_letter_id),
    constraint dead_letter_entry_sequence_uq unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_entry_group_ix on eventstore.dead_letter_entry (processing_group);
create index dead_letter_entry_sequence_ix on eventstore.dead_letter_entry (processing_group, sequence_identifier);
