-- Read models are disposable: everything in schema readmodel can be rebuilt from the event store.
create schema if not exists readmodel;

create table readmodel.scenario_summary (
    scenario_id   uuid         not null,
    name          varchar(200) not null,
    first_quarter varchar(6)   not null,
    last_quarter  varchar(6)   not null,
    version       bigint       not null,
    archived      boolean      not null default false,
    forked_from   uuid,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    constraint scenario_summary_pk primary key (scenario_id)
);

create index scenario_summary_updated_at_ix on readmodel.scenario_summary (updated_at desc);
