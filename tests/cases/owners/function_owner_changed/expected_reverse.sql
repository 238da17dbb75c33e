-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter owner function public.area(integer, integer) | hazards: ACCESS_WIDENED
alter function "public"."area"(w integer, h integer) owner to "sdcase_owner_a";

-- step 2 | alter owner function public.total(integer) | hazards: ACCESS_WIDENED
alter aggregate "public"."total"(integer) owner to "sdcase_owner_a";

-- step 3 | alter owner function public.touch(integer) | hazards: ACCESS_WIDENED
alter procedure "public"."touch"(IN n integer) owner to "sdcase_owner_a";
