-- H2: the identities of the tables an import fills by the hundred thousand hand out a thousand values between two
-- writes of their sequence. H2's default (32) writes the sequence, and with it the whole store, every 32 rows: a
-- third of the time of importing a national catalog went there. A value handed out but not used (a crash between two
-- writes) leaves a gap in the ids, which nothing reads as meaning anything.
alter table procedures alter column id set cache 1000;
alter table dossier_components alter column id set cache 1000;
alter table fees alter column id set cache 1000;
alter table scm_activities alter column id set cache 1000;
