-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings_b.readings_b_bound_07dd8f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" add constraint "readings_b_bound_07dd8f" check (((site IS NOT NULL) AND (site = 'b'::text))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.readings_b.readings_b_bound_07dd8f | hazards: LONG_VALIDATION
alter table "public"."readings_b" validate constraint "readings_b_bound_07dd8f";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.readings_b | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_b" FOR VALUES IN ('b');

-- step 4 | drop constraint public.readings_b.readings_b_bound_07dd8f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" drop constraint "readings_b_bound_07dd8f";
