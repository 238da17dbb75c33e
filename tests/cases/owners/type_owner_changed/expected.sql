-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter owner type public.mood | hazards: ACCESS_WIDENED
alter type "public"."mood" owner to "sdcase_owner_b";

-- step 2 | alter owner type public.point2 | hazards: ACCESS_WIDENED
alter type "public"."point2" owner to "sdcase_owner_b";

-- step 3 | alter owner type public.positive | hazards: ACCESS_WIDENED
alter domain "public"."positive" owner to "sdcase_owner_b";

-- step 4 | alter owner type public.span | hazards: ACCESS_WIDENED
alter type "public"."span" owner to "sdcase_owner_b";
