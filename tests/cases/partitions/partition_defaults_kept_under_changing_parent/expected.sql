-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.readings.batch | hazards: -
alter table "public"."readings" add column "batch" integer;

-- step 2 | alter column public.readings.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "unit" set default 'kg'::text;

-- step 3 | alter column public.readings.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "value" set default 3;

-- step 4 | create table public.readings_2026 | hazards: -
create table "public"."readings_2026" partition of "public"."readings" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 5 | alter column public.readings_2024.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2024" alter column "unit" set default 'g'::text;

-- step 6 | alter column public.readings_2025.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2025" alter column "value" set default 2;

-- step 7 | alter column public.readings_2025.batch | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2025" alter column "batch" set default 7;

-- step 8 | alter column public.readings_2026.note | hazards: -
alter table "public"."readings_2026" alter column "note" set not null;

-- step 9 | alter column public.readings_2026.unit | hazards: -
alter table "public"."readings_2026" alter column "unit" set default 'lb'::text;
