-- A to-be model whose lint found only warnings is deployed with the reason the person gave for going ahead; the
-- reason stays with the deployed version (the engine's id of it), beside the warnings it answered.
create table deployment_reasons (
  workflow_id  varchar(64)   not null primary key,
  reason       varchar(2000) not null,
  warnings     integer       not null,
  deployed_by  varchar(200)  not null,
  recorded_at  timestamp     not null
);
