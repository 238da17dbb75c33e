-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings_2026.readings_2026_bound_99388f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" add constraint "readings_2026_bound_99388f" check (((taken_on IS NOT NULL) AND (taken_on >= '2026-01-01'::date) AND (taken_on < '2027-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.readings_2026.readings_2026_bound_99388f | hazards: LONG_VALIDATION
alter table "public"."readings_2026" validate constraint "readings_2026_bound_99388f";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.readings_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 4 | drop constraint public.readings_2026.readings_2026_bound_99388f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_2026_bound_99388f";

-- step 5 | create constraint public.readings.readings_site_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."readings" add constraint "readings_site_id_fkey" FOREIGN KEY (site_id) REFERENCES sites(id);
