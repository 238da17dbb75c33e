-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.readings_a_pkey_new_11fa84 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "readings_a_pkey_new_11fa84" ON public.readings_a USING btree (site, taken_at, seq);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_b_2026_pkey_new_69a1e2 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "readings_b_2026_pkey_new_69a1e2" ON public.readings_b_2026 USING btree (site, taken_at, seq);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop constraint public.readings.readings_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_pkey";

-- step 4 | drop index public.readings_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_pkey";

-- step 5 | create constraint public.readings.readings_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."readings" add constraint "readings_pkey" PRIMARY KEY (site, taken_at, seq);

-- step 6 | create constraint public.readings_b.readings_b_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only public.readings_b add constraint "readings_b_pkey" PRIMARY KEY (site, taken_at, seq);

-- step 7 | create constraint public.readings_a.readings_a_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_a add constraint "readings_a_pkey" PRIMARY KEY using index "readings_a_pkey_new_11fa84";

-- step 8 | alter index public.readings_a_pkey | hazards: -
alter index "public"."readings_pkey" attach partition "public"."readings_a_pkey";

-- step 9 | create constraint public.readings_b_2026.readings_b_2026_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b_2026 add constraint "readings_b_2026_pkey" PRIMARY KEY using index "readings_b_2026_pkey_new_69a1e2";

-- step 10 | alter index public.readings_b_2026_pkey | hazards: -
alter index "public"."readings_b_pkey" attach partition "public"."readings_b_2026_pkey";

-- step 11 | alter index public.readings_b_pkey | hazards: -
alter index "public"."readings_pkey" attach partition "public"."readings_b_pkey";
