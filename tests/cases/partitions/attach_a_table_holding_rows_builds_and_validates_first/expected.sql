-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings_2026.readings_2026_taken_on_not_null_775155 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" add constraint "readings_2026_taken_on_not_null_775155" check ("taken_on" is not null) not valid;

-- step 2 | create constraint public.readings_2026.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" add constraint "readings_value_check" CHECK ((value >= (0)::numeric)) not valid;

-- step 3 | create constraint public.readings_2026.readings_site_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."readings_2026" add constraint "readings_site_id_fkey" FOREIGN KEY (site_id) REFERENCES public.sites(id) not valid;

-- step 4 | create constraint public.readings_2026.readings_2026_bound_99388f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" add constraint "readings_2026_bound_99388f" check (((taken_on IS NOT NULL) AND (taken_on >= '2026-01-01'::date) AND (taken_on < '2027-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 5 | alter constraint public.readings_2026.readings_2026_taken_on_not_null_775155 | hazards: LONG_VALIDATION
alter table "public"."readings_2026" validate constraint "readings_2026_taken_on_not_null_775155";

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.readings_2026.readings_value_check | hazards: LONG_VALIDATION
alter table "public"."readings_2026" validate constraint "readings_value_check";

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 7 | alter constraint public.readings_2026.readings_site_id_fkey | hazards: LONG_VALIDATION
alter table "public"."readings_2026" validate constraint "readings_site_id_fkey";

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.readings_2026.readings_2026_bound_99388f | hazards: LONG_VALIDATION
alter table "public"."readings_2026" validate constraint "readings_2026_bound_99388f";

-- segment 6 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 9 | create index public.readings_2026_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY readings_2026_pkey ON public.readings_2026 USING btree (id, taken_on);

-- segment 7 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 10 | create index public.readings_2026_site_id_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_2026_site_id_idx ON public.readings_2026 USING btree (site_id);

-- segment 8 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 11 | alter column public.readings_2026.taken_on | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" alter column "taken_on" set not null;

-- step 12 | drop constraint public.readings_2026.readings_2026_taken_on_not_null_775155 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_2026_taken_on_not_null_775155";

-- step 13 | create constraint public.readings_2026.readings_2026_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" add constraint "readings_2026_pkey" primary key using index "readings_2026_pkey";

-- step 14 | alter table public.readings_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings attach partition "public"."readings_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 15 | drop constraint public.readings_2026.readings_2026_bound_99388f | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_2026_bound_99388f";
