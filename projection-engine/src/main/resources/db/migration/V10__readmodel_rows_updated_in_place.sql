-- Issue 8: the projector replaced a scenario's 50 projection rows by delete and insert on every batch. Under a steady
-- stream of changes that left ~70,000 dead rows a minute in projection_quarter for autovacuum to read and write
-- back, the largest disk writer of the command benchmark. The rows are now updated in place, and the tables the
-- projector rewrites keep half of each page free, so that PostgreSQL can put a row's new version on its own page:
-- a HOT update, with no new index entry, whose old version is pruned with the page instead of by vacuum.
-- As in V9: the generation function keeps its body and adds this after it; existing generations get it in place
-- (it applies to pages written from now on).
alter function readmodel_control.create_generation(integer) rename to create_generation_v9;

create function readmodel_control.leave_room_for_updates_v10(s text) returns void
    language plpgsql as
$$
begin
    execute format('alter table %I.projection_quarter set (fillfactor = 50)', s);
    execute format('alter table %I.projection_year set (fillfactor = 50)', s);
    execute format('alter table %I.scenario_state set (fillfactor = 50)', s);
end
$$;

create function readmodel_control.create_generation(generation integer) returns void
    language plpgsql as
$$
begin
    perform readmodel_control.create_generation_v9(generation);
    perform readmodel_control.leave_room_for_updates_v10('readmodel_g' || generation);
end
$$;

do
$$
declare
    existing record;
begin
    for existing in select schema_name from information_schema.schemata where schema_name ~ '^readmodel_g[0-9]+$'
    loop
        perform readmodel_control.leave_room_for_updates_v10(existing.schema_name);
    end loop;
end
$$;
