-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter index public.orders_apac_placed_at_idx | hazards: -
alter index "public"."orders_placed_at_idx" attach partition "public"."orders_apac_placed_at_idx";
