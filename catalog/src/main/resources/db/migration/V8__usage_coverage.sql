-- Measured usage of the current year covers only the days a workflow has run: covered_days says how many
-- (null: the whole year). Rankings and costs scale such figures to a year, and say so.
alter table usage_stats add column covered_days integer;
