-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.orders_customer_idx_new_365f82 | hazards: -
CREATE INDEX CONCURRENTLY "orders_customer_idx_new_365f82" ON public.orders USING btree (customer_id) INCLUDE (status);

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.orders_customer_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."orders_customer_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.orders_customer_idx | hazards: -
alter index "public"."orders_customer_idx_new_365f82" rename to "orders_customer_idx";
