-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter owner materialized_view public.sales_total | hazards: ACCESS_WIDENED
alter materialized view "public"."sales_total" owner to "sdcase_owner_a";

-- step 2 | alter owner view public.big_sales | hazards: ACCESS_WIDENED
alter view "public"."big_sales" owner to "sdcase_owner_a";
