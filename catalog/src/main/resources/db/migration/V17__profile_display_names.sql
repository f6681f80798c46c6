-- A priority profile someone saved gets a name shown to people beside its short key (the built-in profiles keep
-- their translated names, so theirs stays empty).
alter table priority_profiles add column display_name varchar(100);
