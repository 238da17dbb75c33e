-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings_b.readings_b_bound_07dd8f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" add constraint "readings_b_bound_07dd8f" check (((site IS NOT NULL) AND (site = 'b'::text))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.readings_b.readings_b_bound_07dd8f | hazards: LONG_VALIDATION
alter table "public"."readings_b" validate constraint "readings_b_bound_07dd8f";

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.readings_b_2026_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2026_value_idx ON public.readings_b_2026 USING btree (value);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | create index public.readings_b_value_idx | hazards: -
CREATE INDEX readings_b_value_idx ON ONLY public.readings_b USING btree (value);

-- step 5 | alter index public.readings_b_2026_value_idx | hazards: -
alter index "public"."readings_b_value_idx" attach partition "public"."readings_b_2026_value_idx";

-- segment 5 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 6 | alter table public.readings_b | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_b" FOR VALUES IN ('b');

-- step 7 | drop constraint public.readings_b.readings_b_bound_07dd8f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" drop constraint "readings_b_bound_07dd8f";
