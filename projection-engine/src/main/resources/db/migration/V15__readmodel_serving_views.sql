-- Reads go to schema readmodel: a view per table of the generation that serves reads, replaced in the transaction
-- that switches generations. Queries name no generation, and every node reads the new one from the moment of the
-- switch (each node used to find out from the control row within a second).
create schema readmodel;

create function readmodel_control.serve(generation integer) returns void
    language plpgsql as
$$
declare
    s     text := 'readmodel_g' || generation;
    tbl   record;
begin
    for tbl in select table_name from information_schema.tables
               where table_schema = s and table_type = 'BASE TABLE' order by table_name
    loop
        execute format('drop view if exists readmodel.%I', tbl.table_name);
        execute format('create view readmodel.%I as select * from %I.%I', tbl.table_name, s, tbl.table_name);
    end loop;
end
$$;

select readmodel_control.serve(active) from readmodel_control.generation;
