-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter index public.measurements_2024_value_idx | hazards: -
alter index "public"."measurements_value_idx" attach partition "public"."measurements_2024_value_idx";

-- step 2 | alter index public.measurements_2025_value_idx | hazards: -
alter index "public"."measurements_value_idx" attach partition "public"."measurements_2025_value_idx";
