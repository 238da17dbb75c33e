-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision
) partition by RANGE (taken_at);

-- step 2 | create table public.measurements_2024 | hazards: -
create table "public"."measurements_2024" partition of public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') partition by RANGE (id);

-- step 3 | create table public.measurements_2024_low | hazards: -
create table "public"."measurements_2024_low" partition of "public"."measurements_2024" FOR VALUES FROM ('0') TO ('1000000');
