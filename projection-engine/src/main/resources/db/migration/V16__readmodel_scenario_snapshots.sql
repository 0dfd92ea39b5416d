-- Snapshots of scenario states (issue 27): the table R__readmodel_generation.sql now gives every new generation, added
-- to the generations that exist, and served through the views of schema readmodel. They fill as scenarios pass the
-- snapshot versions; a replay writes them for every scenario.
do
$$
declare
    g record;
begin
    for g in select nspname from pg_namespace where nspname ~ '^readmodel_g[0-9]+$'
    loop
        execute format($ddl$
            create table %I.scenario_snapshot (
                scenario_id uuid        not null,
                version     bigint      not null,
                revision    varchar(60) not null,
                state       jsonb       not null,
                primary key (scenario_id, version))$ddl$, g.nspname);
    end loop;
end
$$;

select readmodel_control.serve(active) from readmodel_control.generation;
