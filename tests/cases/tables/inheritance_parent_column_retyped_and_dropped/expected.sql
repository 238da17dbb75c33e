-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.events.legacy | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop column "legacy";

-- step 2 | alter column public.events.id | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "id" set data type bigint using "id"::bigint;
