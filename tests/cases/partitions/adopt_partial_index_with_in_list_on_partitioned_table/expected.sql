-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create index public.events_id_idx_new_f1b1e0 | hazards: -
CREATE INDEX "events_id_idx_new_f1b1e0" ON ONLY public.events USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.events_a_id_idx_new_840a46 | hazards: -
CREATE INDEX CONCURRENTLY "events_a_id_idx_new_840a46" ON public.events_a USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.events_b_id_idx_new_e128ff | hazards: -
CREATE INDEX CONCURRENTLY "events_b_id_idx_new_e128ff" ON public.events_b USING btree (id) WHERE ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter index public.events_a_id_idx_new_840a46 | hazards: -
alter index "public"."events_id_idx_new_f1b1e0" attach partition "public"."events_a_id_idx_new_840a46";

-- step 5 | alter index public.events_b_id_idx_new_e128ff | hazards: -
alter index "public"."events_id_idx_new_f1b1e0" attach partition "public"."events_b_id_idx_new_e128ff";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 6 | drop index public.events_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_id_idx";

-- step 7 | rename index public.events_a_id_idx | hazards: -
alter index "public"."events_a_id_idx_new_840a46" rename to "events_a_id_idx";

-- step 8 | rename index public.events_b_id_idx | hazards: -
alter index "public"."events_b_id_idx_new_e128ff" rename to "events_b_id_idx";

-- step 9 | rename index public.events_id_idx | hazards: -
alter index "public"."events_id_idx_new_f1b1e0" rename to "events_id_idx";
