-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.scratch | hazards: DATA_LOSS
drop table "public"."scratch";

-- step 2 | alter table public.Cache | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Cache" set unlogged;

-- step 3 | alter table public.sessions | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."sessions" set logged;

-- step 4 | alter sequence public.sessions_id_seq | hazards: -
alter sequence "public"."sessions_id_seq" set logged;
