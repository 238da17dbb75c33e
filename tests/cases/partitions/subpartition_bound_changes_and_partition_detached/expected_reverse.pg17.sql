-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings_a.readings_a_bound_fa9265 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_a" add constraint "readings_a_bound_fa9265" check (((site IS NOT NULL) AND (site = 'a'::text))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.readings_a.readings_a_bound_fa9265 | hazards: LONG_VALIDATION
alter table "public"."readings_a" validate constraint "readings_a_bound_fa9265";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop constraint public.readings_b_2026.readings_b_2026_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2026" drop constraint "readings_b_2026_value_check";

-- step 4 | alter table public.readings_a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_a";

-- step 5 | create constraint public.readings_b_2026.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."readings_b_2026" add constraint "readings_value_check" CHECK ((value >= (0)::numeric));

-- step 6 | alter table public.readings_a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_a" FOR VALUES IN ('a');

-- step 7 | drop constraint public.readings_a.readings_a_bound_fa9265 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_a" drop constraint "readings_a_bound_fa9265";

-- step 8 | alter table public.readings_b_2026 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.readings_b attach partition "public"."readings_b_2026" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
