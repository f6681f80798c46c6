-- Who imported a template version: its publisher must be someone else (separation of duties). Null for versions
-- stored before this was recorded.
alter table template_versions add column imported_by varchar(64);
