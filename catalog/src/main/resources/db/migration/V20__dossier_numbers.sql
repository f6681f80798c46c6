-- Dossier identity. Each case received gets a human dossier number, sequential per receiving locality and day
-- (Asia/Ho_Chi_Minh): dossier_counters holds the last number given for each locality and day, raised by one in the
-- transaction that records the dossier. dossiers keeps, beside the engine's case, what people use to find and
-- follow it: the number, the applicant's name (and its folded form for searching without diacritics), who
-- received it (user name, and the name printed on the receipt), and the SHA-256 hash of the look-up code printed
-- on the receipt (the code itself is not kept).
create table dossier_counters (
  locality     varchar(16) not null,
  received_on  date        not null,
  last_number  integer     not null,
  primary key (locality, received_on)
);

create table dossiers (
  case_id         varchar(64)  not null primary key,
  dossier_number  varchar(40)  not null unique,
  procedure_code  varchar(64)  not null,
  locality        varchar(16)  not null,
  received_on     date         not null,
  applicant_name  varchar(300),
  applicant_key   varchar(300),
  received_by     varchar(200) not null,
  receiver_name   varchar(200) not null,
  received_at     timestamp    not null,
  lookup_hash     varchar(64)  not null
);

create index dossiers_by_applicant on dossiers (applicant_key);
create index dossiers_by_procedure on dossiers (procedure_code, locality);
