-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.probe_types_open_idx | hazards: -
CREATE INDEX CONCURRENTLY probe_types_open_idx ON public.probe_types USING btree (id) WHERE ((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));
