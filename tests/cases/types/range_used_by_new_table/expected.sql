-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.floatrange | hazards: -
create type public.floatrange as range (subtype = double precision, subtype_diff = float8mi, multirange_type_name = floatmultirange);

-- step 2 | create table public.readings | hazards: -
create table "public"."readings" (
    "id" integer not null,
    "span" floatrange
);

-- step 3 | create index public.readings_pkey | hazards: -
CREATE UNIQUE INDEX readings_pkey ON public.readings USING btree (id);

-- step 4 | create constraint public.readings.readings_pkey | hazards: -
alter table "public"."readings" add constraint "readings_pkey" PRIMARY KEY using index "readings_pkey";
