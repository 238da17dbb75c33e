-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.events_kind_old | hazards: -
CREATE INDEX CONCURRENTLY events_kind_old ON public.events USING btree (kind);

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.events_kind_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."events_kind_idx";
