-- MONITOR: a machine user (Prometheus) that may read metrics and nothing else.
alter table identity.app_user drop constraint app_user_role_ck;
alter table identity.app_user add constraint app_user_role_ck check (role in ('VIEWER', 'PLANNER', 'ADMIN', 'MONITOR'));
