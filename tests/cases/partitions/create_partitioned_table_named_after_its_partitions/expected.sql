-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.b_readings | hazards: -
create table "public"."b_readings" (
    "sensor" integer not null,
    "region" text not null,
    "reading" numeric
) partition by LIST (region);

-- step 2 | create table public.a_readings_eu | hazards: -
create table "public"."a_readings_eu" partition of "public"."b_readings" FOR VALUES IN ('eu', 'uk');

-- step 3 | create table public.a_readings_us | hazards: -
create table "public"."a_readings_us" partition of "public"."b_readings" FOR VALUES IN ('us');

-- step 4 | create table public.c_readings_other | hazards: -
create table "public"."c_readings_other" partition of "public"."b_readings" DEFAULT;
