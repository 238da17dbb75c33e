-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create schema audit | hazards: -
create schema if not exists "audit";

-- step 2 | create table audit.entries | hazards: -
create table "audit"."entries" (
    "id" bigint not null,
    "actor" text,
    "action" text
);

-- step 3 | create index audit.entries_pkey | hazards: -
CREATE UNIQUE INDEX entries_pkey ON audit.entries USING btree (id);

-- step 4 | create constraint audit.entries.entries_pkey | hazards: -
alter table "audit"."entries" add constraint "entries_pkey" PRIMARY KEY using index "entries_pkey";

-- step 5 | create publication Audit Feed | hazards: -
create publication "Audit Feed" for table audit.entries (id, action) where ((action <> 'noop'::text));
