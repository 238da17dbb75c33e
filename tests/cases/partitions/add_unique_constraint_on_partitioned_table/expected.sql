-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_id_taken_at_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."measurements" add constraint "measurements_id_taken_at_key" UNIQUE (id, taken_at);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.measurements_2024_id_taken_at_key_new_b32349 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "measurements_2024_id_taken_at_key_new_b32349" ON public.measurements_2024 USING btree (id, taken_at);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.measurements_2025_id_taken_at_key_new_1dbc79 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "measurements_2025_id_taken_at_key_new_1dbc79" ON public.measurements_2025 USING btree (id, taken_at);

-- segment 4 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 4 | create constraint public.measurements_2024.measurements_2024_id_taken_at_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements_2024 add constraint "measurements_2024_id_taken_at_key" UNIQUE using index "measurements_2024_id_taken_at_key_new_b32349";

-- step 5 | alter index public.measurements_2024_id_taken_at_key | hazards: -
alter index "public"."measurements_id_taken_at_key" attach partition "public"."measurements_2024_id_taken_at_key";

-- segment 5 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 6 | create constraint public.measurements_2025.measurements_2025_id_taken_at_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements_2025 add constraint "measurements_2025_id_taken_at_key" UNIQUE using index "measurements_2025_id_taken_at_key_new_1dbc79";

-- step 7 | alter index public.measurements_2025_id_taken_at_key | hazards: -
alter index "public"."measurements_id_taken_at_key" attach partition "public"."measurements_2025_id_taken_at_key";
