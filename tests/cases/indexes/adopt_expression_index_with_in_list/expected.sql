-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.probe_types_kind_idx_new_6919b8 | hazards: -
CREATE INDEX CONCURRENTLY "probe_types_kind_idx_new_6919b8" ON public.probe_types USING btree ((((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]))), id);

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.probe_types_kind_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."probe_types_kind_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.probe_types_kind_idx | hazards: -
alter index "public"."probe_types_kind_idx_new_6919b8" rename to "probe_types_kind_idx";
