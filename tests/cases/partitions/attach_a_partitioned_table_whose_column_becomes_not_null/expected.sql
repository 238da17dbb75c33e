-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings_b.readings_b_site_not_null_8c5f51 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" add constraint "readings_b_site_not_null_8c5f51" check ("site" is not null) not valid;

-- step 2 | create constraint public.readings_b.readings_b_bound_07dd8f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" add constraint "readings_b_bound_07dd8f" check (((site IS NOT NULL) AND (site = 'b'::text))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.readings_b.readings_b_site_not_null_8c5f51 | hazards: LONG_VALIDATION
alter table "public"."readings_b" validate constraint "readings_b_site_not_null_8c5f51";

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 4 | alter constraint public.readings_b.readings_b_bound_07dd8f | hazards: LONG_VALIDATION
alter table "public"."readings_b" validate constraint "readings_b_bound_07dd8f";

-- segment 4 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 5 | alter column public.readings_b.site | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" alter column "site" set not null;

-- step 6 | drop constraint public.readings_b.readings_b_site_not_null_8c5f51 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" drop constraint "readings_b_site_not_null_8c5f51";

-- step 7 | alter table public.readings_b | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_b" FOR VALUES IN ('b');

-- step 8 | drop constraint public.readings_b.readings_b_bound_07dd8f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" drop constraint "readings_b_bound_07dd8f";
