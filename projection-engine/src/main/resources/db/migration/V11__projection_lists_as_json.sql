-- Issue 8: the lists of a projection row (demand by class, fleet, vendor and kind shares) are written whole and read
-- whole, never queried inside. As jsonb PostgreSQL parsed them into its binary form on every write: an upsert of the
-- quarter rows took 32 us per row in SQL against 13.9 us as json, which PostgreSQL only checks (docs/benchmarks.md,
-- "Commands"), and the projector writes 50 such rows per scenario and batch on the cores the commands need.
-- As in V9 and V10: the generation function keeps its body and adds this after it; existing generations get it in place.
alter function readmodel_control.create_generation(integer) rename to create_generation_v10;

create function readmodel_control.store_projection_lists_as_json_v11(s text) returns void
    language plpgsql as
$$
begin
    execute format('alter table %I.projection_quarter'
                       || ' alter column demand_by_class type json using demand_by_class::json,'
                       || ' alter column fleet type json using fleet::json,'
                       || ' alter column vendor_shares type json using vendor_shares::json,'
                       || ' alter column kind_shares type json using kind_shares::json', s);
    execute format('alter table %I.projection_year'
                       || ' alter column fleet type json using fleet::json,'
                       || ' alter column vendor_shares type json using vendor_shares::json', s);
end
$$;

create function readmodel_control.create_generation(generation integer) returns void
    language plpgsql as
$$
begin
    perform readmodel_control.create_generation_v10(generation);
    perform readmodel_control.store_projection_lists_as_json_v11('readmodel_g' || generation);
end
$$;

do
$$
declare
    existing record;
begin
    for existing in select schema_name from information_schema.schemata where schema_name ~ '^readmodel_g[0-9]+$'
    loop
        perform readmodel_control.store_projection_lists_as_json_v11(existing.schema_name);
    end loop;
end
$$;
