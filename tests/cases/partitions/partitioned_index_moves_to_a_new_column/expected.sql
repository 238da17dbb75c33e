-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.orders.channel | hazards: -
alter table "public"."orders" add column "channel" text;

-- step 2 | create index public.orders_customer_idx_new_365f82 | hazards: -
CREATE INDEX "orders_customer_idx_new_365f82" ON ONLY public.orders USING btree (customer, channel) WHERE (channel IS NOT NULL);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.orders_2025_customer_channel_idx_new_87c2a5 | hazards: -
CREATE INDEX CONCURRENTLY "orders_2025_customer_channel_idx_new_87c2a5" ON public.orders_2025 USING btree (customer, channel) WHERE (channel IS NOT NULL);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.orders_2026_customer_channel_idx_new_11a9cd | hazards: -
CREATE INDEX CONCURRENTLY "orders_2026_customer_channel_idx_new_11a9cd" ON public.orders_2026 USING btree (customer, channel) WHERE (channel IS NOT NULL);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 5 | alter index public.orders_2025_customer_channel_idx_new_87c2a5 | hazards: -
alter index "public"."orders_customer_idx_new_365f82" attach partition "public"."orders_2025_customer_channel_idx_new_87c2a5";

-- step 6 | alter index public.orders_2026_customer_channel_idx_new_11a9cd | hazards: -
alter index "public"."orders_customer_idx_new_365f82" attach partition "public"."orders_2026_customer_channel_idx_new_11a9cd";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 7 | drop index public.orders_customer_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."orders_customer_idx";

-- step 8 | rename index public.orders_2025_customer_channel_idx | hazards: -
alter index "public"."orders_2025_customer_channel_idx_new_87c2a5" rename to "orders_2025_customer_channel_idx";

-- step 9 | rename index public.orders_2026_customer_channel_idx | hazards: -
alter index "public"."orders_2026_customer_channel_idx_new_11a9cd" rename to "orders_2026_customer_channel_idx";

-- step 10 | rename index public.orders_customer_idx | hazards: -
alter index "public"."orders_customer_idx_new_365f82" rename to "orders_customer_idx";
