-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.orders.channel | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop column "channel";

-- step 2 | create index public.orders_customer_idx_new_365f82 | hazards: -
CREATE INDEX "orders_customer_idx_new_365f82" ON ONLY public.orders USING btree (customer);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.orders_2025_customer_idx_new_0b9a6e | hazards: -
CREATE INDEX CONCURRENTLY "orders_2025_customer_idx_new_0b9a6e" ON public.orders_2025 USING btree (customer);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.orders_2026_customer_idx_new_cda428 | hazards: -
CREATE INDEX CONCURRENTLY "orders_2026_customer_idx_new_cda428" ON public.orders_2026 USING btree (customer);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 5 | alter index public.orders_2025_customer_idx_new_0b9a6e | hazards: -
alter index "public"."orders_customer_idx_new_365f82" attach partition "public"."orders_2025_customer_idx_new_0b9a6e";

-- step 6 | alter index public.orders_2026_customer_idx_new_cda428 | hazards: -
alter index "public"."orders_customer_idx_new_365f82" attach partition "public"."orders_2026_customer_idx_new_cda428";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 7 | drop index public.orders_customer_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."orders_customer_idx";

-- step 8 | rename index public.orders_2025_customer_idx | hazards: -
alter index "public"."orders_2025_customer_idx_new_0b9a6e" rename to "orders_2025_customer_idx";

-- step 9 | rename index public.orders_2026_customer_idx | hazards: -
alter index "public"."orders_2026_customer_idx_new_cda428" rename to "orders_2026_customer_idx";

-- step 10 | rename index public.orders_customer_idx | hazards: -
alter index "public"."orders_customer_idx_new_365f82" rename to "orders_customer_idx";
