-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.events_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events detach partition "public"."events_2026";

-- step 2 | alter column public.events_2026.detail | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" alter column "detail" set data type character varying(200) using "detail"::character varying(200);
