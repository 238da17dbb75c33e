-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.events_2026.events_2026_kind_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" drop constraint "events_2026_kind_check";

-- step 2 | drop index public.events_2026_payload_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_2026_payload_idx";

-- step 3 | drop table public.events_2026 | hazards: DATA_LOSS
drop table "public"."events_2026";
