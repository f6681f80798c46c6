-- What real procedure records carry beyond the first catalog: the channels through which a dossier can be handed
-- in, the processing time limit per channel (e.g. 27 working days at the counter, 17 online), the legal basis as a
-- list of documents (number, title, day issued), and per part of the record the source its values were checked
-- against and the day they were. A procedure recorded before keeps empty lists ("not recorded").
alter table procedures add column channels varchar(64) not null default '';

create table processing_times (
  procedure_id bigint      not null references procedures (id) on delete cascade,
  seq          integer     not null,
  channel      varchar(16) not null,
  working_days integer     not null,
  primary key (procedure_id, seq)
);

create table legal_documents (
  procedure_id bigint        not null references procedures (id) on delete cascade,
  seq          integer       not null,
  doc_number   varchar(100)  not null,
  title        varchar(1000) not null default '',
  issued_on    date,
  primary key (procedure_id, seq)
);

create table record_sources (
  procedure_id bigint        not null references procedures (id) on delete cascade,
  part         varchar(32)   not null,
  seq          integer       not null,
  source       varchar(2000) not null,
  checked_on   date,
  primary key (procedure_id, part)
);
