-- Answers to requests sent with an Idempotency-Key, so that a retry replays the first answer instead of
-- changing the scenario twice. Kept for a day (IdempotentRequests.purgeExpired).
create schema if not exists requests;

create table requests.idempotent_request (
    username       varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash   varchar(64)  not null,
    status         integer,
    content_type   varchar(200),
    location       varchar(500),
    etag           varchar(100),
    body           bytea,
    created_at     timestamptz  not null default now(),
    constraint idempotent_request_pk primary key (username, idempotency_key)
);

create index idempotent_request_created_at_ix on requests.idempotent_request (created_at);
