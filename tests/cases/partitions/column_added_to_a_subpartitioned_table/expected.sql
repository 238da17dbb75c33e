-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.readings.unit | hazards: -
alter table "public"."readings" add column "unit" text not null default 'kWh'::text;
