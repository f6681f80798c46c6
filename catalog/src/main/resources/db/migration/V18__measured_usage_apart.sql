-- What a deployed workflow measured, per procedure, province and year, kept apart from the usage statistics.
-- stands_for_year says whether the figures stand for the province's yearly volume: measured by a workflow covering
-- all the dossiers of its scope (coverage ALL) over at least the configured number of days. Only then are they
-- also recorded as MEASURED usage statistics; a pilot's figures, or too few days, are shown beside the statistics
-- and never replace them.
create table measured_usage (
  procedure_id     bigint      not null references procedures (id) on delete cascade,
  locality_code    varchar(16) not null references localities (code),
  stat_year        integer     not null,
  coverage         varchar(16) not null,
  dossiers_total   bigint      not null,
  dossiers_online  bigint      not null,
  dossiers_on_time bigint      not null,
  covered_days     integer,
  stands_for_year  boolean     not null,
  measured_at      timestamp   not null,
  primary key (procedure_id, locality_code, stat_year)
);

-- Figures measured before: kept apart too; those of fewer than 90 days no longer stand for a year.
insert into measured_usage (procedure_id, locality_code, stat_year, coverage, dossiers_total, dossiers_online,
                            dossiers_on_time, covered_days, stands_for_year, measured_at)
select procedure_id, locality_code, stat_year, 'ALL', dossiers_total, dossiers_online, dossiers_on_time,
       covered_days, case when covered_days is null or covered_days >= 90 then true else false end,
       current_timestamp
from usage_stats where source = 'MEASURED';
delete from usage_stats where source = 'MEASURED' and covered_days is not null and covered_days < 90;
