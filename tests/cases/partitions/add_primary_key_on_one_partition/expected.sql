-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.measurements_2025_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY measurements_2025_pkey ON public.measurements_2025 USING btree (id);

-- segment 2 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 2 | create constraint public.measurements_2025.measurements_2025_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_2025_pkey" PRIMARY KEY using index "measurements_2025_pkey";
