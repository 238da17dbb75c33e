-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.readings_2026 | hazards: -
create table "public"."readings_2026" partition of public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') partition by LIST (site_id);

-- step 2 | create table public.readings_2026_north | hazards: -
create table "public"."readings_2026_north" partition of "public"."readings_2026" FOR VALUES IN (1, 2);

-- step 3 | create table public.readings_2026_south | hazards: -
create table "public"."readings_2026_south" partition of "public"."readings_2026" DEFAULT;
