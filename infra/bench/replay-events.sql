-- Appends :scenarios scenarios of :events events each to the event store, for the replay benchmark.
-- Each scenario is a copy of the demo scenario's history (168 events: chips, workload classes, orders, demand),
-- followed by changes of the demand baseline. Events are appended in planning sessions of :session consecutive
-- events of one scenario, the sessions taken round-robin over all scenarios (session 1 interleaves every event).
-- Run with psql -v scenarios=1000 -v events=1000 -v session=10 -v demo=<demo scenario id> -f replay-events.sql
\set ON_ERROR_STOP on
create temp table template as
    select sequence_number, payload_type, convert_from(payload, 'UTF8') as payload, meta_data
    from eventstore.domain_event_entry where aggregate_identifier = :'demo';
create temp table bench_scenario as
    select n, gen_random_uuid()::text as id from generate_series(1, :scenarios) n;
insert into eventstore.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                           payload_type, payload_revision, payload, meta_data)
select gen_random_uuid()::text, s.id, e.seq, 'Scenario',
       to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       coalesce(t.payload_type, 'io.jevons.planning.api.demand.DemandBaselineSet'), '1',
       convert_to(coalesce(replace(t.payload, :'demo', s.id),
                           format('{"scenarioId":"%s","requestsPerDay":%s,"reason":"benchmark"}', s.id, 6e9 + e.seq * 1e6)),
                  'UTF8'),
       coalesce(t.meta_data, convert_to('{"user":"planner","correlationId":"benchmark"}', 'UTF8'))
from bench_scenario s
cross join generate_series(0, :events - 1) e(seq)
left join template t on t.sequence_number = e.seq
order by e.seq / :session, s.n, e.seq;
select count(*) as events_in_store from eventstore.domain_event_entry;
