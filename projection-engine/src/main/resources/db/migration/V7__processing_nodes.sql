-- The nodes processing events, each renewing its row every few seconds. Token claims say which node holds a
-- segment, not which nodes could: this table is how a node learns its fair share of the segments.
create table readmodel_control.processing_node (
    node_id    varchar(100) not null,
    started_at timestamptz  not null default now(),
    last_seen  timestamptz  not null default now(),
    constraint processing_node_pk primary key (node_id)
);
