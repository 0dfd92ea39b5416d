-- Failed sign-ins, so that guessing passwords slows down exponentially (LoginThrottle): per account and client address,
-- per address, per account. Rows are forgotten once their window has passed and any block has ended.
create table identity.login_throttle (
    throttle_key  varchar(200) not null,
    failures      integer      not null,
    last_failure  timestamptz  not null,
    blocked_until timestamptz,
    constraint login_throttle_pk primary key (throttle_key)
);
create index login_throttle_last_failure_ix on identity.login_throttle (last_failure);

-- Addresses an account has signed in from: guesses at that account from elsewhere do not block its owner there.
create table identity.login_known_address (
    username     varchar(100) not null,
    address      varchar(64)  not null,
    last_success timestamptz  not null,
    constraint login_known_address_pk primary key (username, address),
    constraint login_known_address_user_fk foreign key (username) references identity.app_user (username)
        on delete cascade
);
