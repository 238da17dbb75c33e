-- segment 1 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.events_kind_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."events_kind_idx";
