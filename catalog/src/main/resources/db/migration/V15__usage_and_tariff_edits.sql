-- Usage figures and tariffs are recorded and corrected in the app: each stored figure and tariff carries the
-- version a correction must name (a correction made from a stale page is refused), who recorded it, when, and for
-- a usage figure the reason or source given. Rows stored before carry version 1 and no person.
alter table usage_stats add column version integer default 1 not null;
alter table usage_stats add column recorded_by varchar(200);
alter table usage_stats add column recorded_at timestamp;
alter table usage_stats add column note varchar(1000);
alter table tariffs add column version integer default 1 not null;
alter table tariffs add column changed_by varchar(200);
alter table tariffs add column changed_at timestamp;
