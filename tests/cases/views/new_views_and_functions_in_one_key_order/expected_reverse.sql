-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.b_cheap | hazards: DATA_LOSS
drop view if exists "public"."b_cheap";

-- step 2 | drop view public.d_labelled | hazards: DATA_LOSS
drop view if exists "public"."d_labelled";

-- step 3 | drop view public.e_counts | hazards: DATA_LOSS
drop materialized view if exists "public"."e_counts";

-- step 4 | drop function public.a_double | hazards: -
drop function if exists "public"."a_double"(x numeric);

-- step 5 | drop function public.c_half | hazards: -
drop function if exists "public"."c_half"(x numeric);

-- step 6 | drop function public.f_note | hazards: -
drop procedure if exists "public"."f_note"(IN message text);
