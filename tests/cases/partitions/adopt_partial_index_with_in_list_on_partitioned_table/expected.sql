-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.events_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_id_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.events_a_id_idx | hazards: -
CREATE INDEX CONCURRENTLY events_a_id_idx ON public.events_a USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.events_b_id_idx | hazards: -
CREATE INDEX CONCURRENTLY events_b_id_idx ON public.events_b USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | create index public.events_id_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX events_id_idx ON public.events USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));
