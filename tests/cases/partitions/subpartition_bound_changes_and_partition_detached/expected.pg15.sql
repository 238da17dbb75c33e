-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.readings_a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_a";

-- step 2 | alter table public.readings_b_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b detach partition "public"."readings_b_2026";

-- step 3 | drop constraint public.readings_b_2026.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2026" drop constraint "readings_value_check";

-- step 4 | alter table public.readings_a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_a" FOR VALUES IN ('a', 'aa');

-- step 5 | create constraint public.readings_b_2026.readings_b_2026_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2026" add constraint "readings_b_2026_value_check" CHECK ((value >= (0)::numeric)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.readings_b_2026.readings_b_2026_value_check | hazards: LONG_VALIDATION
alter table "public"."readings_b_2026" validate constraint "readings_b_2026_value_check";
