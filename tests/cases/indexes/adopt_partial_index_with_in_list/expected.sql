-- step 1 | drop index public.probe_types_open_idx | hazards: -
drop index if exists "public"."probe_types_open_idx";

-- step 2 | create index public.probe_types_open_idx | hazards: INDEX_BUILD
CREATE INDEX probe_types_open_idx ON public.probe_types USING btree (id) WHERE ((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- step 3 | create comment index public.probe_types_open_idx | hazards: -
comment on index "public"."probe_types_open_idx" is 'open kinds';
