-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."measurements" add constraint "measurements_pkey" PRIMARY KEY (id, taken_at);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.measurements_2024_pkey_new_5a5025 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "measurements_2024_pkey_new_5a5025" ON public.measurements_2024 USING btree (id, taken_at);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | create constraint public.measurements_2024.measurements_2024_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements_2024 add constraint "measurements_2024_pkey" PRIMARY KEY using index "measurements_2024_pkey_new_5a5025";

-- step 4 | alter index public.measurements_2024_pkey | hazards: -
alter index "public"."measurements_pkey" attach partition "public"."measurements_2024_pkey";
