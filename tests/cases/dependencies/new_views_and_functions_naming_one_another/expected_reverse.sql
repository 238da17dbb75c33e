-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.a_active | hazards: DATA_LOSS
drop view if exists "public"."a_active";

-- step 2 | drop view public.a_labels | hazards: DATA_LOSS
drop view if exists "public"."a_labels";

-- step 3 | drop view public.b_loud | hazards: DATA_LOSS
drop view if exists "public"."b_loud";

-- step 4 | drop view public.c_summary | hazards: DATA_LOSS
drop view if exists "public"."c_summary";

-- step 5 | drop function public.b_label | hazards: -
drop function if exists "public"."b_label"(t text);

-- step 6 | drop function public.a_shout | hazards: -
drop function if exists "public"."a_shout"(t text);

-- step 7 | drop function public.b_count | hazards: -
drop function if exists "public"."b_count"();
