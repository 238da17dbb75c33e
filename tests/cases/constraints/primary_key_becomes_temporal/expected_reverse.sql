-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.prices_pkey_new_7221fb | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "prices_pkey_new_7221fb" ON public.prices USING btree (product);

-- segment 2 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop constraint public.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."prices" drop constraint "prices_pkey";

-- step 3 | create constraint public.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."prices" add constraint "prices_pkey" PRIMARY KEY using index "prices_pkey_new_7221fb";
