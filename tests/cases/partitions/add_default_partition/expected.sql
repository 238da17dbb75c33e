-- step 1 | create table public.measurements_other | hazards: -
create table "public"."measurements_other" partition of "public"."measurements" DEFAULT;
