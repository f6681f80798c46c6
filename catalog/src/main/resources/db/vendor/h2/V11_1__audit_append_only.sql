-- H2: the audit trail refuses every UPDATE and DELETE through a Java trigger of the catalog.
create trigger audit_log_append_only before update, delete on audit_log
  for each row call 'procedo.catalog.persistence.AuditAppendOnlyTrigger';
