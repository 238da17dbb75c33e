-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.events_kind_idx_new_4a1a94 | hazards: -
CREATE INDEX CONCURRENTLY "events_kind_idx_new_4a1a94" ON public.events USING btree (kind);

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.events_kind_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."events_kind_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.events_kind_idx | hazards: -
alter index "public"."events_kind_idx_new_4a1a94" rename to "events_kind_idx";

-- step 4 | create comment index public.events_kind_idx | hazards: -
comment on index "public"."events_kind_idx" is 'lookups by kind';
