-- step 1 | drop index public.events_id_idx | hazards: -
drop index if exists "public"."events_id_idx";

-- step 2 | create index public.events_a_id_idx | hazards: INDEX_BUILD
CREATE INDEX events_a_id_idx ON public.events_a USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- step 3 | create index public.events_b_id_idx | hazards: INDEX_BUILD
CREATE INDEX events_b_id_idx ON public.events_b USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- step 4 | create index public.events_id_idx | hazards: INDEX_BUILD
CREATE INDEX events_id_idx ON public.events USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));
