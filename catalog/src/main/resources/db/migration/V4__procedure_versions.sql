-- Every stored state of a procedure, so that analysts can see what a procedure looked like under an earlier
-- decision. The state is the procedure's JSON document; history follows the procedure across code changes.
create table procedure_versions (
  procedure_id bigint          not null references procedures (id) on delete cascade,
  version      integer         not null,
  code         varchar(64)     not null,
  changed_at   timestamp       not null,
  document     varchar(1000000) not null,
  primary key (procedure_id, version)
);
