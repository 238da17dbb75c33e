-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.measurements_other | hazards: -
create table "public"."measurements_other" partition of "public"."measurements" DEFAULT;
