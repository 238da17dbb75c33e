-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.readings_b | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_b";

-- step 2 | drop index public.readings_b_value_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_b_value_idx";
