-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.scratch | hazards: -
create unlogged table "public"."scratch" (
    "id" integer,
    "note" text
);

-- step 2 | alter table public.Cache | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Cache" set logged;

-- step 3 | alter table public.sessions | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."sessions" set unlogged;

-- step 4 | alter sequence public.sessions_id_seq | hazards: -
alter sequence "public"."sessions_id_seq" set unlogged;
