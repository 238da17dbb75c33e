-- step 1 | create index public.probe_types_open_idx | hazards: INDEX_BUILD
CREATE INDEX probe_types_open_idx ON public.probe_types USING btree (id) WHERE ((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));
