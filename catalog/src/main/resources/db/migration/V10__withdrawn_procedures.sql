-- A procedure that others depend on (plans, models, usage, adoptions, cases) is withdrawn instead of deleted: it
-- stays with the time, the person and the reason of its withdrawal, out of rankings and the default lists.
alter table procedures add column withdrawn_at timestamp;
alter table procedures add column withdrawn_by varchar(200);
alter table procedures add column withdrawn_reason varchar(2000);

-- No deletion of a procedure may take its simplification plans with it: the reference to the procedure is
-- rebuilt without "on delete cascade" (dropping the column drops its unnamed constraint on H2 and PostgreSQL
-- alike), so deleting a procedure that still has plans is refused by the database.
alter table simplification_plans add column plan_procedure_id bigint;
update simplification_plans set plan_procedure_id = procedure_id;
alter table simplification_plans drop column procedure_id;
alter table simplification_plans rename column plan_procedure_id to procedure_id;
alter table simplification_plans alter column procedure_id set not null;
alter table simplification_plans add constraint simplification_plans_procedure_fk
  foreign key (procedure_id) references procedures (id);
create index simplification_plans_procedure_idx on simplification_plans (procedure_id);
