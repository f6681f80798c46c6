-- Digitisation and satisfaction of received dossiers. dossier_intake keeps, for each dossier received, where it
-- counts (procedure, receiving locality) and whether it counts at all (a training or simulated case does not), and,
-- once the case ends, how its result was issued: on paper or as an electronic copy (PAPER, ELECTRONIC), with who
-- recorded it and when. dossier_media keeps how each dossier component received was handed in: on paper, scanned
-- at the counter, submitted electronically, or reused from a national database (PAPER, SCANNED, ELECTRONIC,
-- REUSED); position is the component's place (from 1) in the procedure's dossier when it was received.
-- dossier_ratings keeps the applicant's one rating of the service (1 to 5, a comment) given on the public status
-- page after the outcome.
create table dossier_intake (
  case_id             varchar(64)  not null primary key,
  procedure_code      varchar(64)  not null,
  locality            varchar(16)  not null,
  counted             boolean      not null,
  received_at         timestamp    not null,
  result_medium       varchar(16),
  result_recorded_by  varchar(200),
  result_recorded_at  timestamp
);

create index dossier_intake_by_procedure on dossier_intake (procedure_code, locality);

create table dossier_media (
  case_id         varchar(64)  not null,
  position        integer      not null,
  component_name  varchar(500) not null,
  medium          varchar(16)  not null,
  primary key (case_id, position)
);

create table dossier_ratings (
  case_id         varchar(64)   not null primary key,
  procedure_code  varchar(64)   not null,
  locality        varchar(16)   not null,
  counted         boolean       not null,
  score           integer       not null,
  comment         varchar(2000),
  rated_at        timestamp     not null
);

create index dossier_ratings_by_procedure on dossier_ratings (procedure_code, locality);
