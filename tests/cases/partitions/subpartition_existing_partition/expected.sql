-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.measurements_2025 | hazards: DATA_LOSS
drop table "public"."measurements_2025";

-- step 2 | create table public.measurements_2025 | hazards: -
create table "public"."measurements_2025" partition of public.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') partition by RANGE (id);

-- step 3 | create table public.measurements_2025_low | hazards: -
create table "public"."measurements_2025_low" partition of "public"."measurements_2025" FOR VALUES FROM ('0') TO ('1000000');
