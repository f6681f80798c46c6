-- The audit trail: one row per recorded change, never updated nor deleted. Each row carries the hash of the row
-- before it (seq - 1; 64 zeros for the first) and its own hash over that and its canonical text, so that a changed,
-- removed or inserted row breaks the chain. audit_head is the chain's one-row head: appending locks it (select
-- for update), so that concurrent appends on any node queue up and the chain never forks.
create table audit_log (
  seq            bigint        not null primary key,
  recorded_at    timestamp     not null,
  username       varchar(200)  not null,
  display_name   varchar(200)  not null,
  address        varchar(200)  not null,
  action_code    varchar(64)   not null,
  subject_type   varchar(64)   not null,
  subject_id     varchar(500)  not null,
  procedure_code varchar(64),
  province_code  varchar(32),
  before_json    text,
  after_json     text,
  previous_hash  varchar(64)   not null,
  record_hash    varchar(64)   not null
);
create index audit_log_recorded_at on audit_log (recorded_at);
create index audit_log_procedure on audit_log (procedure_code);
create index audit_log_username on audit_log (username);

create table audit_head (
  id        integer     not null primary key,
  last_seq  bigint      not null,
  last_hash varchar(64) not null,
  constraint audit_head_one_row check (id = 1)
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
