-- Staged go-live. Each procedure's workflow moves through stages (DESIGN, TEST, PILOT, ROLLOUT); every move is a
-- row, numbered 1, 2, ... per procedure (the number is the stage's version, for optimistic locking: two people
-- moving the same procedure at once cannot both write the same number), with who moved it (user name and the name
-- shown), when (UTC), why, and for a pilot the codes of its provinces, comma-separated. The latest row is the
-- current stage; a procedure without rows is not managed in stages.
create table workflow_stage_moves (
  procedure_code  varchar(64)   not null,
  seq             integer       not null,
  stage           varchar(16)   not null,
  provinces       varchar(1000),
  reason          varchar(2000),
  moved_by        varchar(200)  not null,
  mover_name      varchar(200)  not null,
  moved_at        timestamp     not null,
  primary key (procedure_code, seq)
);
