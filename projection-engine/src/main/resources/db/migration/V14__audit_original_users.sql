-- Issue 22: the history says who made a copied change - on this installation (a fork, verified) or according to an
-- imported file (a claim nobody here verified). As in V9-V11: the generation function keeps its body and adds the
-- columns after it; existing generations get them in place, filled from the events' metadata, so no replay is needed.
alter function readmodel_control.create_generation(integer) rename to create_generation_v11;

create function readmodel_control.add_original_users_v14(s text) returns void
    language plpgsql as
$$
begin
    execute format('alter table %I.audit_entry add column if not exists original_user text', s);
    execute format('alter table %I.audit_entry add column if not exists original_user_verified boolean', s);
end
$$;

create function readmodel_control.create_generation(generation integer) returns void
    language plpgsql as
$$
begin
    perform readmodel_control.create_generation_v11(generation);
    perform readmodel_control.add_original_users_v14('readmodel_g' || generation);
end
$$;

do
$$
declare
    existing record;
begin
    for existing in select schema_name from information_schema.schemata where schema_name ~ '^readmodel_g[0-9]+$'
    loop
        perform readmodel_control.add_original_users_v14(existing.schema_name);
        execute format($fill$
            update %I.audit_entry a
            set original_user = m.meta ->> 'originalUser', original_user_verified = not (m.meta ? 'importedFrom')
            from (select event_identifier, convert_from(meta_data, 'UTF8')::jsonb as meta
                  from eventstore.domain_event_entry) m
            where m.event_identifier = a.event_id and m.meta ? 'originalUser'$fill$, existing.schema_name);
    end loop;
end
$$;
