-- Axon's event store, snapshot store and token store, in snake_case (see EventStoreConfiguration).
-- Events are forever: this schema only ever grows by new migrations.
create schema if not exists eventstore;

create sequence eventstore.domain_event_entry_global_index_seq;

create table eventstore.domain_event_entry (
    global_index         bigint       not null default nextval('eventstore.domain_event_entry_global_index_seq'),
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint domain_event_entry_pk primary key (global_index),
    constraint domain_event_entry_event_identifier_uq unique (event_identifier),
    -- The optimistic lock of event sourcing: two writers of one version of one aggregate cannot both commit.
    constraint domain_event_entry_aggregate_sequence_uq unique (aggregate_identifier, sequence_number)
);
alter sequence eventstore.domain_event_entry_global_index_seq owned by eventstore.domain_event_entry.global_index;

create table eventstore.snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint snapshot_event_entry_pk primary key (aggregate_identifier, sequence_number),
    constraint snapshot_event_entry_event_identifier_uq unique (event_identifier)
);

create table eventstore.token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    constraint token_entry_pk primary key (processor_name, segment)
);
