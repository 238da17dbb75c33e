-- step 1 | create index public.probe_types_kind_idx | hazards: INDEX_BUILD
CREATE INDEX probe_types_kind_idx ON public.probe_types USING btree ((((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]))), id);
