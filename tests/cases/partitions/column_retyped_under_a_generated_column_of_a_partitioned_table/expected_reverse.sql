-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.events.score | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "doubled" set expression as (null::bigint);

-- step 2 | alter column public.events.score | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "score" set data type integer using "score"::integer;

-- step 3 | alter column public.events.doubled | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "doubled" set expression as ((score * 2));
