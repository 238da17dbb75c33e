-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.readings_2025 | hazards: DATA_LOSS
drop table "public"."readings_2025";

-- step 2 | create table public.readings_2025 | hazards: -
create table "public"."readings_2025" partition of public.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') partition by LIST (site_id);

-- step 3 | create table public.readings_2025_north | hazards: -
create table "public"."readings_2025_north" partition of "public"."readings_2025" FOR VALUES IN (1, 2);

-- step 4 | create table public.readings_2025_south | hazards: -
create table "public"."readings_2025_south" partition of "public"."readings_2025" DEFAULT;
