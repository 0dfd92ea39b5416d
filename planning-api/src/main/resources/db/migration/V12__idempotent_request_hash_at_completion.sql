-- A request's fingerprint (method, path, query and body) is known once its body has streamed through: an import of
-- many megabytes is hashed as it is read, not held in memory first. The key is claimed before that, without one.
alter table requests.idempotent_request alter column request_hash drop not null;
