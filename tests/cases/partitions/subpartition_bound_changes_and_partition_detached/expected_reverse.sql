-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.readings_b_2026.readings_b_2026_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2026" drop constraint "readings_b_2026_value_check";

-- step 2 | alter table public.readings_a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_a";

-- step 3 | alter constraint public.readings_b_2026.readings_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b_2026 rename constraint "readings_b_2026_id_not_null" to "readings_id_not_null";

-- step 4 | alter constraint public.readings_b_2026.readings_site_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b_2026 rename constraint "readings_b_2026_site_not_null" to "readings_site_not_null";

-- step 5 | alter constraint public.readings_b_2026.readings_taken_at_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b_2026 rename constraint "readings_b_2026_taken_at_not_null" to "readings_taken_at_not_null";

-- step 6 | create constraint public.readings_b_2026.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."readings_b_2026" add constraint "readings_value_check" CHECK ((value >= (0)::numeric));

-- step 7 | alter table public.readings_a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_a" FOR VALUES IN ('a');

-- step 8 | alter table public.readings_b_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b attach partition "public"."readings_b_2026" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
