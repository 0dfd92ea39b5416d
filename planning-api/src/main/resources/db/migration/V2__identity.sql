-- People who may use Jevons. Passwords are bcrypt hashes; with OIDC configured this table is unused.
create schema if not exists identity;

create table identity.app_user (
    username      varchar(100) not null,
    password_hash varchar(100) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    constraint app_user_pk primary key (username),
    constraint app_user_role_ck check (role in ('VIEWER', 'PLANNER', 'ADMIN'))
);
