-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.probe_types_open_idx_new_2ad781 | hazards: -
CREATE INDEX CONCURRENTLY "probe_types_open_idx_new_2ad781" ON public.probe_types USING btree (id) WHERE ((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.probe_types_open_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."probe_types_open_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.probe_types_open_idx | hazards: -
alter index "public"."probe_types_open_idx_new_2ad781" rename to "probe_types_open_idx";

-- step 4 | create comment index public.probe_types_open_idx | hazards: -
comment on index "public"."probe_types_open_idx" is 'open kinds';
