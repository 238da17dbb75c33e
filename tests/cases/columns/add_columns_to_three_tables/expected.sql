-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.Accounts.handle | hazards: -
alter table "public"."Accounts" add column "handle" text collate public.bytewise;

-- step 2 | create column public.ledger.Score | hazards: -
alter table "public"."ledger" add column "Score" numeric(10,2) not null default 0;

-- step 3 | create column public.notes.also pinned | hazards: -
alter table "public"."notes" add column "also pinned" integer[];

-- step 4 | create privilege select ("handle") on table public."Accounts" to sdcase_add_columns_reader | hazards: ACCESS_WIDENED
grant select ("handle") on table public."Accounts" to sdcase_add_columns_reader;

-- step 5 | create comment column public."Accounts".handle | hazards: -
comment on column public."Accounts".handle is 'Shown to other users';
